// Discussion rules, pure: a post can be edited by its author for a short while, in an open topic.

export const POST_EDIT_WINDOW_MS = 15 * 60_000;
export const POST_MAX_LENGTH = 5000;

export const canEditPost = (post: { authorId: string; createdAt: Date; hiddenAt: Date | null }, userId: string, now: Date) =>
  post.authorId === userId && !post.hiddenAt && now.getTime() - post.createdAt.getTime() < POST_EDIT_WINDOW_MS;

export const isTopicOpen = (topic: { closedAt: Date | null }, now: Date) => !topic.closedAt || now.getTime() < topic.closedAt.getTime();

export interface FlatPost {
  id: string;
  parentId: string | null;
  createdAt: Date;
}

export type Threaded<T extends FlatPost> = T & { replies: Threaded<T>[] };

/** Posts as threads: top-level posts in time order, each with its replies (any depth), oldest first. */
export function threadPosts<T extends FlatPost>(posts: readonly T[]): Threaded<T>[] {
  const nodes = new Map<string, Threaded<T>>(posts.map((p) => [p.id, { ...p, replies: [] }]));
  const roots: Threaded<T>[] = [];
  for (const p of [...posts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const node = nodes.get(p.id)!;
    const parent = p.parentId ? nodes.get(p.parentId) : undefined;
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}
