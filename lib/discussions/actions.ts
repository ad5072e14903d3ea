"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireRole, requireUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { invalidInput, runConsultation } from "@/lib/submissions/action-state";
import { editPostSchema, postSchema, reportSchema, topicSchema } from "./schemas";
import { closeTopic, createPost, editPost, hidePost, openTopic, reportPost } from "./service";

const topicPath = (locale: Locale, year: number, topicId: string) => `/${locale}/consultation/${year}/discussions/${topicId}`;

export async function createPostAction(locale: Locale, year: number, topicId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const now = new Date();
  const user = await requireUser(locale, topicPath(locale, year, topicId));
  const parsed = postSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runConsultation(locale, formData, () => createPost({ userId: user.id, topicId, body: parsed.data.body, parentId: parsed.data.parentId, now }));
  if (result.status !== "ok") return result;
  revalidatePath(topicPath(locale, year, topicId));
  redirect(`${topicPath(locale, year, topicId)}#post-${result.data.id}`);
}

export async function editPostAction(locale: Locale, year: number, postId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation/${year}/discussions`);
  const parsed = editPostSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runConsultation(locale, formData, () => editPost({ userId: user.id, postId, body: parsed.data.body, now }));
  if (result.status !== "ok") return result;
  revalidatePath(topicPath(locale, year, result.data.topicId));
  redirect(`${topicPath(locale, year, result.data.topicId)}#post-${postId}`);
}

export async function reportPostAction(locale: Locale, year: number, postId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation/${year}/discussions`);
  const parsed = reportSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runConsultation(locale, formData, () => reportPost({ userId: user.id, postId, reason: parsed.data.reason, now }));
  if (result.status !== "ok") return result;
  revalidatePath(topicPath(locale, year, result.data.topicId));
  redirect(`${topicPath(locale, year, result.data.topicId)}?notice=reported#post-${postId}`);
}

export async function openTopicAction(locale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const now = new Date();
  const user = await requireRole("SECRETARIAT", locale, `/${locale}/admin/discussions`);
  const parsed = topicSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runConsultation(locale, formData, () => openTopic({ actorId: user.id, input: parsed.data, now }));
  if (result.status !== "ok") return result;
  revalidatePath(`/${locale}/admin/discussions`);
  redirect(`/${locale}/admin/discussions?notice=opened`);
}

export async function hidePostAction(locale: Locale, postId: string): Promise<FormState> {
  const now = new Date();
  const user = await requireRole("SECRETARIAT", locale, `/${locale}/admin/discussions`);
  const result = await runConsultation(locale, null, () => hidePost({ actorId: user.id, postId, now }));
  if (result.status !== "ok") return result;
  revalidatePath(`/${locale}/admin/discussions`);
  redirect(`/${locale}/admin/discussions?notice=hidden`);
}

export async function closeTopicAction(locale: Locale, topicId: string): Promise<FormState> {
  const now = new Date();
  const user = await requireRole("SECRETARIAT", locale, `/${locale}/admin/discussions`);
  const result = await runConsultation(locale, null, () => closeTopic({ actorId: user.id, topicId, now }));
  if (result.status !== "ok") return result;
  revalidatePath(`/${locale}/admin/discussions`);
  redirect(`/${locale}/admin/discussions?notice=closed`);
}
