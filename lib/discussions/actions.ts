"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { editPostSchema, postSchema, reportSchema, topicSchema } from "./schemas";
import { closeTopic, createPost, editPost, hidePost, openTopic, reportPost } from "./service";

const topicPath = (locale: Locale, year: number, topicId: string) => `/${locale}/consultation/${year}/discussions/${topicId}`;
const discussions = (locale: Locale, year: number) => `/${locale}/consultation/${year}/discussions`;
const admin = (locale: Locale) => `/${locale}/admin/discussions`;
const participant = { caller: "user", messages: "ConsultationValidation" } as const;
const moderator = { caller: "secretariat", messages: "ConsultationValidation", returnTo: admin } as const;

export const createPostAction = formAction(
  { ...participant, args: z.tuple([arg.year, arg.id]), input: postSchema, returnTo: (locale, [year, topicId]) => topicPath(locale, year, topicId) },
  async ({ actor, locale, args: [year, topicId], input, now }) => {
    const post = await createPost({ userId: actor.id, topicId, body: input.body, parentId: input.parentId, now });
    return { revalidate: [topicPath(locale, year, topicId)], redirect: `${topicPath(locale, year, topicId)}#post-${post.id}` };
  },
);

export const editPostAction = formAction(
  { ...participant, args: z.tuple([arg.year, arg.id]), input: editPostSchema, returnTo: (locale, [year]) => discussions(locale, year) },
  async ({ actor, locale, args: [year, postId], input, now }) => {
    const post = await editPost({ userId: actor.id, postId, body: input.body, now });
    return { revalidate: [topicPath(locale, year, post.topicId)], redirect: `${topicPath(locale, year, post.topicId)}#post-${postId}` };
  },
);

export const reportPostAction = formAction(
  { ...participant, args: z.tuple([arg.year, arg.id]), input: reportSchema, returnTo: (locale, [year]) => discussions(locale, year) },
  async ({ actor, locale, args: [year, postId], input, now }) => {
    const report = await reportPost({ userId: actor.id, postId, reason: input.reason, now });
    return { revalidate: [topicPath(locale, year, report.topicId)], redirect: `${topicPath(locale, year, report.topicId)}?notice=reported#post-${postId}` };
  },
);

export const openTopicAction = formAction({ ...moderator, args: z.tuple([]), input: topicSchema }, async ({ actor, locale, input, now }) => {
  await openTopic({ actorId: actor.id, input, now });
  return { revalidate: [admin(locale)], redirect: `${admin(locale)}?notice=opened` };
});

export const hidePostAction = formAction({ ...moderator, args: z.tuple([arg.id]) }, async ({ actor, locale, args: [postId], now }) => {
  await hidePost({ actorId: actor.id, postId, now });
  return { revalidate: [admin(locale)], redirect: `${admin(locale)}?notice=hidden` };
});

export const closeTopicAction = formAction({ ...moderator, args: z.tuple([arg.id]) }, async ({ actor, locale, args: [topicId], now }) => {
  await closeTopic({ actorId: actor.id, topicId, now });
  return { revalidate: [admin(locale)], redirect: `${admin(locale)}?notice=closed` };
});
