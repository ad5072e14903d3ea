import { describe, expect, test } from "vitest";
import { canEditPost, isTopicOpen, POST_EDIT_WINDOW_MS, threadPosts } from "@/lib/discussions/policy";

const at = new Date("2030-03-01T10:00:00Z");
const later = (ms: number) => new Date(at.getTime() + ms);

describe("canEditPost", () => {
  const post = { authorId: "u1", createdAt: at, hiddenAt: null };

  test("the author, up to 1 ms before 15 minutes", () => {
    expect(canEditPost(post, "u1", later(POST_EDIT_WINDOW_MS - 1))).toBe(true);
    expect(canEditPost(post, "u1", later(POST_EDIT_WINDOW_MS))).toBe(false);
  });

  test("never someone else, never a hidden post", () => {
    expect(canEditPost(post, "u2", at)).toBe(false);
    expect(canEditPost({ ...post, hiddenAt: at }, "u1", at)).toBe(false);
  });
});

test("a topic is open until it is closed", () => {
  expect(isTopicOpen({ closedAt: null }, at)).toBe(true);
  expect(isTopicOpen({ closedAt: later(1) }, at)).toBe(true);
  expect(isTopicOpen({ closedAt: at }, at)).toBe(false);
});

test("threadPosts nests replies under their parent, in time order", () => {
  const p = (id: string, parentId: string | null, ms: number) => ({ id, parentId, createdAt: later(ms) });
  const threads = threadPosts([p("r2", "a", 30), p("a", null, 0), p("b", null, 10), p("r1", "a", 20), p("rr", "r1", 40)]);

  const shape = (n: { id: string; replies: unknown[] }): unknown => [n.id, (n.replies as { id: string; replies: unknown[] }[]).map(shape)];
  expect(threads.map(shape)).toEqual([
    [
      "a",
      [
        ["r1", [["rr", []]]],
        ["r2", []],
      ],
    ],
    ["b", []],
  ]);
});
