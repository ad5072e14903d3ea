import "server-only";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { canEditPost, isTopicOpen } from "./policy";
import type { TopicInput } from "./schemas";

/** A signed-in user posts in an open topic, possibly as a reply to a visible post of the same topic. */
export async function createPost(args: { userId: string; topicId: string; body: string; parentId?: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const topic = await tx.discussionTopic.findFirst({
      where: { id: args.topicId, edition: { status: { not: "DRAFT" } } },
      select: { id: true, closedAt: true },
    });
    if (!topic) throw new DomainError("NOT_FOUND");
    if (!isTopicOpen(topic, args.now)) throw new DomainError("DEADLINE_PASSED");
    if (args.parentId) {
      const parent = await tx.discussionPost.findFirst({ where: { id: args.parentId, topicId: topic.id, hiddenAt: null }, select: { id: true } });
      if (!parent) throw new DomainError("NOT_FOUND");
    }
    return tx.discussionPost.create({
      data: { topicId: topic.id, parentId: args.parentId ?? null, authorId: args.userId, body: args.body, createdAt: args.now },
      select: { id: true },
    });
  });
}

/** The author edits their post within 15 minutes of posting; after that, or for anyone else, no. */
export async function editPost(args: { userId: string; postId: string; body: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const post = await tx.discussionPost.findFirst({
      where: { id: args.postId, authorId: args.userId },
      select: { id: true, authorId: true, createdAt: true, hiddenAt: true, topicId: true },
    });
    if (!post) throw new DomainError("NOT_FOUND");
    if (!canEditPost(post, args.userId, args.now)) throw new DomainError("DEADLINE_PASSED");
    await tx.discussionPost.update({ where: { id: post.id }, data: { body: args.body, editedAt: args.now } });
    return { topicId: post.topicId };
  });
}

/** Reports a post to the secretariat; a second report of the same post by the same user is a CONFLICT. */
export async function reportPost(args: { userId: string; postId: string; reason: string; now: Date }) {
  const post = await db.discussionPost.findFirst({ where: { id: args.postId, hiddenAt: null }, select: { id: true, topicId: true } });
  if (!post) throw new DomainError("NOT_FOUND");
  try {
    await db.postReport.create({ data: { postId: post.id, reporterId: args.userId, reason: args.reason, createdAt: args.now } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT");
    throw error;
  }
  return { topicId: post.topicId };
}

/** Secretariat: opens a topic in an edition (audited). */
export async function openTopic(args: { actorId: string; input: TopicInput; now: Date }) {
  return db.$transaction(async (tx) => {
    const edition = await tx.forumEdition.findUnique({ where: { year: args.input.editionYear }, select: { id: true } });
    if (!edition) throw new DomainError("VALIDATION", { editionYear: ["choice"] });
    const topic = await tx.discussionTopic.create({
      data: { editionId: edition.id, title: args.input.title, description: args.input.description, createdById: args.actorId, createdAt: args.now },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: args.actorId,
      action: "discussion.topic_opened",
      entity: { type: "DiscussionTopic", id: topic.id },
      data: { editionYear: args.input.editionYear },
    });
    return topic;
  });
}

/** Secretariat: hides a post (its replies stay) and resolves its reports (audited). */
export async function hidePost(args: { actorId: string; postId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const post = await tx.discussionPost.findUnique({ where: { id: args.postId }, select: { id: true, hiddenAt: true, topicId: true } });
    if (!post) throw new DomainError("NOT_FOUND");
    if (post.hiddenAt) throw new DomainError("INVALID_STATE");
    await tx.discussionPost.update({ where: { id: post.id }, data: { hiddenAt: args.now } });
    await tx.postReport.updateMany({ where: { postId: post.id, resolvedAt: null }, data: { resolvedAt: args.now } });
    await recordAuditEvent(tx, {
      actorId: args.actorId,
      action: "discussion.post_hidden",
      entity: { type: "DiscussionPost", id: post.id },
      data: { topicId: post.topicId },
    });
    return { topicId: post.topicId };
  });
}

/** Secretariat: closes a topic to new posts (audited). */
export async function closeTopic(args: { actorId: string; topicId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const topic = await tx.discussionTopic.findUnique({ where: { id: args.topicId }, select: { id: true, closedAt: true } });
    if (!topic) throw new DomainError("NOT_FOUND");
    if (topic.closedAt) throw new DomainError("INVALID_STATE");
    await tx.discussionTopic.update({ where: { id: topic.id }, data: { closedAt: args.now } });
    await recordAuditEvent(tx, { actorId: args.actorId, action: "discussion.topic_closed", entity: { type: "DiscussionTopic", id: topic.id } });
  });
}
