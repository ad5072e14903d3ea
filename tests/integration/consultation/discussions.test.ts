import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PostBody } from "@/components/consultation/post-body";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { genevaTime } from "@/lib/time/geneva";
import { createUser } from "../../factories/core";
import { createConsultationEdition, createStakeholder } from "../../factories/consultation";
import { asSecretariat } from "../../helpers/secretariat";
import { outcomeOf, withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const load = async () => ({ ...(await import("@/lib/discussions/service")), ...(await import("@/lib/discussions/queries")) });
const now = genevaTime(2030, 3, 1, 10, 0);
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

async function arrange() {
  const { openTopic } = await load();
  const edition = await createConsultationEdition(db, {});
  const secretariat = await createUser(db, { role: "SECRETARIAT" });
  const topic = await openTopic({
    actorId: secretariat.id,
    input: { editionYear: edition.year, title: { en: "Bridging divides", fr: "Réduire les fractures" }, description: { en: "What should the Forum discuss?" } },
    now,
  });
  return { edition, secretariat, topic };
}

describe("discussion posts", () => {
  test("a post with script and HTML is stored as typed and rendered as text", async () => {
    const { createPost, getTopicThread } = await load();
    const { edition, topic } = await arrange();
    const author = await createStakeholder(db);
    const body = `<script>alert("x")</script><img src=x onerror=alert(1)> <b>bold</b> & "quotes"`;

    await createPost({ userId: author.id, topicId: topic.id, body, now });
    const thread = await getTopicThread(edition.id, topic.id, author.id, now);
    const html = renderToStaticMarkup(createElement(PostBody, { body: thread!.threads[0]!.body }));

    expect(thread!.threads[0]!.body).toBe(body);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt; &amp;");
  });

  test("replies are threaded under their post; a reply to another topic's post is NOT_FOUND", async () => {
    const { createPost, getTopicThread } = await load();
    const { edition, topic } = await arrange();
    const other = await arrange();
    const [a, b] = [await createStakeholder(db), await createStakeholder(db)];
    const root = await createPost({ userId: a.id, topicId: topic.id, body: "First", now });
    const reply = await createPost({ userId: b.id, topicId: topic.id, body: "Reply", parentId: root.id, now: ms(now, 1000) });
    await createPost({ userId: a.id, topicId: topic.id, body: "Reply to reply", parentId: reply.id, now: ms(now, 2000) });

    const thread = await getTopicThread(edition.id, topic.id, a.id, ms(now, 3000));
    expect(thread!.threads.map((p) => [p.body, p.replies.map((r) => [r.body, r.replies.map((rr) => rr.body)])])).toEqual([
      ["First", [["Reply", ["Reply to reply"]]]],
    ]);
    expect(await outcomeOf(createPost({ userId: a.id, topicId: other.topic.id, body: "x", parentId: root.id, now }))).toBe("NOT_FOUND");
  });

  test("the author may edit for 15 minutes, nobody else ever", async () => {
    const { createPost, editPost } = await load();
    const { topic } = await arrange();
    const [author, other] = [await createStakeholder(db), await createStakeholder(db)];
    const post = await createPost({ userId: author.id, topicId: topic.id, body: "Typo", now });

    expect(await outcomeOf(editPost({ userId: other.id, postId: post.id, body: "hijack", now }))).toBe("NOT_FOUND");
    expect(await outcomeOf(editPost({ userId: author.id, postId: post.id, body: "Fixed", now: ms(now, 15 * 60_000 - 1) }))).toBe("ok");
    expect(await outcomeOf(editPost({ userId: author.id, postId: post.id, body: "Too late", now: ms(now, 15 * 60_000) }))).toBe("DEADLINE_PASSED");
    expect(await db.discussionPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ body: "Fixed", editedAt: ms(now, 15 * 60_000 - 1) });
  });

  test("reporting twice is a CONFLICT; hiding is audited, resolves reports and keeps the text from the page", async () => {
    const { createPost, reportPost, hidePost, getTopicThread, listOpenReports } = await load();
    const { edition, topic, secretariat } = await arrange();
    const [author, reader] = [await createStakeholder(db), await createStakeholder(db)];
    const post = await createPost({ userId: author.id, topicId: topic.id, body: "Offensive text", now });

    await reportPost({ userId: reader.id, postId: post.id, reason: "Offensive", now });
    expect(await outcomeOf(reportPost({ userId: reader.id, postId: post.id, reason: "Again", now }))).toBe("CONFLICT");
    expect((await listOpenReports(asSecretariat(await createUser(db, { role: "SECRETARIAT" })))).map((r) => r.post.id)).toContain(post.id);

    await hidePost({ actorId: secretariat.id, postId: post.id, now: ms(now, 1000) });

    const thread = await getTopicThread(edition.id, topic.id, reader.id, ms(now, 2000));
    expect(thread!.threads[0]).toMatchObject({ hidden: true, body: "" });
    expect((await listOpenReports(asSecretariat(await createUser(db, { role: "SECRETARIAT" })))).map((r) => r.post.id)).not.toContain(post.id);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "DiscussionPost", entityId: post.id } });
    expect(audit).toMatchObject({ action: "discussion.post_hidden", actorId: secretariat.id });
  });
});
