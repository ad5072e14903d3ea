"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { assignSchema, bulkDecisionSchema, decisionSchema, noteSchema, scoreSchema } from "./schemas";
import { addInternalNote, assignReviewer, decide, decideMany, scoreSubmission } from "./service";

const detail = (locale: Locale, id: string) => `/${locale}/admin/submissions/${id}`;
const queue = (locale: Locale) => `/${locale}/admin/submissions`;
const common = { caller: "secretariat", messages: "AdminValidation" } as const;
const onSubmission = { ...common, args: z.tuple([arg.id]), returnTo: (locale: Locale, [id]: [string]) => detail(locale, id) } as const;
const done = (key: "assigned" | "scored" | "noted") => ({ namespace: "AdminReview", key: `done.${key}` });

/** On success the page is shown again with a notice: the decision form itself gives way to the outcome. */
export const decideAction = formAction({ ...onSubmission, input: decisionSchema }, async ({ actor, locale, args: [submissionId], input, now }) => {
  await decide({ actor, submissionId, input, now });
  return { revalidate: [detail(locale, submissionId), queue(locale)], redirect: `${detail(locale, submissionId)}?notice=decided` };
});

export const bulkDecideAction = formAction(
  { ...common, args: z.tuple([]), input: bulkDecisionSchema, returnTo: queue },
  async ({ actor, locale, input, now }) => {
    const { decided, skipped } = await decideMany({ actor, input, now });
    return { revalidate: [queue(locale)], notice: { namespace: "AdminReview", key: "done.bulk", values: { decided, skipped } } };
  },
);

export const assignReviewerAction = formAction({ ...onSubmission, input: assignSchema }, async ({ actor, locale, args: [submissionId], input }) => {
  await assignReviewer({ actor, submissionId, reviewerId: input.reviewerId });
  return { revalidate: [detail(locale, submissionId)], notice: done("assigned") };
});

export const scoreSubmissionAction = formAction({ ...onSubmission, input: scoreSchema }, async ({ actor, locale, args: [submissionId], input, now }) => {
  await scoreSubmission({ actor, submissionId, input, now });
  return { revalidate: [detail(locale, submissionId)], notice: done("scored") };
});

export const addInternalNoteAction = formAction({ ...onSubmission, input: noteSchema }, async ({ actor, locale, args: [submissionId], input }) => {
  await addInternalNote({ actor, submissionId, body: input.body });
  return { revalidate: [detail(locale, submissionId)], notice: done("noted") };
});
