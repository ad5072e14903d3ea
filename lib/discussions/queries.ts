import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canEditPost, threadPosts } from "./policy";

export const listTopics = (editionId: string) =>
  db.discussionTopic.findMany({
    where: { editionId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, description: true, createdAt: true, closedAt: true, _count: { select: { posts: true } } },
  });

/**
 * A topic with its posts as threads, for the signed-in user. Hidden posts keep their place
 * (their replies stay readable) but their text is not sent to the page.
 */
export async function getTopicThread(editionId: string, topicId: string, userId: string, now: Date) {
  const topic = await db.discussionTopic.findFirst({ where: { id: topicId, editionId }, select: { id: true, title: true, description: true, closedAt: true } });
  if (!topic) return null;
  const posts = await db.discussionPost.findMany({
    where: { topicId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      parentId: true,
      authorId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      hiddenAt: true,
      author: { select: { name: true, organisation: { select: { name: true } } } },
      reports: { where: { reporterId: userId }, select: { id: true } },
    },
  });
  const view = posts.map((p) => ({
    id: p.id,
    parentId: p.parentId,
    createdAt: p.createdAt,
    editedAt: p.editedAt,
    hidden: p.hiddenAt !== null,
    body: p.hiddenAt ? "" : p.body,
    authorName: p.author.name ?? "",
    organisationName: p.author.organisation?.name ?? null,
    mine: p.authorId === userId,
    canEdit: canEditPost(p, userId, now),
    reported: p.reports.length > 0,
  }));
  return { ...topic, threads: threadPosts(view) };
}

export type PostView = NonNullable<Awaited<ReturnType<typeof getTopicThread>>>["threads"][number];

/** Secretariat: open reports with the reported post's text, oldest first. */
export const listOpenReports = (_secretariat: Secretariat) =>
  db.postReport.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      reporter: { select: { email: true } },
      post: {
        select: {
          id: true,
          body: true,
          hiddenAt: true,
          author: { select: { email: true } },
          topic: { select: { id: true, title: true, edition: { select: { year: true } } } },
        },
      },
    },
  });

export const listAllTopics = (_secretariat: Secretariat) =>
  db.discussionTopic.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, createdAt: true, closedAt: true, edition: { select: { year: true } }, _count: { select: { posts: true } } },
  });
