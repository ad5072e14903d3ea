"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { secretariatAction } from "@/lib/staff/secretariat-action";
import { assignSchema, bulkDecisionSchema, decisionSchema, noteSchema, scoreSchema } from "./schemas";
import { addInternalNote, assignReviewer, decide, decideMany, scoreSubmission } from "./service";

const detail = (locale: Locale, id: string) => `/${locale}/admin/submissions/${id}`;
const queue = (locale: Locale) => `/${locale}/admin/submissions`;

async function saved(locale: Locale, key: "assigned" | "scored" | "noted"): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "AdminReview" });
  return { status: "success", message: t(`done.${key}`) };
}

/** On success the page is shown again with a notice: the decision form itself gives way to the outcome. */
export async function decideAction(locale: Locale, submissionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, detail(locale, submissionId), formData, decisionSchema, (actor, input) => decide({ actor, submissionId, input, now: new Date() }), {
    revalidate: [detail(locale, submissionId), queue(locale)],
  });
  if (!result.ok) return result.state;
  redirect(`${detail(locale, submissionId)}?notice=decided`);
}

export async function bulkDecideAction(locale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, queue(locale), formData, bulkDecisionSchema, (actor, input) => decideMany({ actor, input, now: new Date() }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminReview" });
  return { status: "success", message: t("done.bulk", { decided: result.data.decided, skipped: result.data.skipped }) };
}

export async function assignReviewerAction(locale: Locale, submissionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, detail(locale, submissionId), formData, assignSchema, (actor, input) => assignReviewer({ actor, submissionId, reviewerId: input.reviewerId }));
  return result.ok ? saved(locale, "assigned") : result.state;
}

export async function scoreSubmissionAction(locale: Locale, submissionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, detail(locale, submissionId), formData, scoreSchema, (actor, input) => scoreSubmission({ actor, submissionId, input, now: new Date() }));
  return result.ok ? saved(locale, "scored") : result.state;
}

export async function addInternalNoteAction(locale: Locale, submissionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, detail(locale, submissionId), formData, noteSchema, (actor, input) => addInternalNote({ actor, submissionId, body: input.body }));
  return result.ok ? saved(locale, "noted") : result.state;
}
