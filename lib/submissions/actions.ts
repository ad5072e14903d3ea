"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireUser } from "@/lib/auth/session";
import { kickOutbox } from "@/lib/email/worker";
import type { Locale } from "@/lib/i18n/locales";
import { checkUpload } from "@/lib/uploads/service";
import { invalidInput, runConsultation } from "./action-state";
import { contributionPayload, nominationPayload, workshopPayload, type SubmissionPayload } from "./payload";
import { intentSchema, type Intent } from "./schemas/common";
import { contributionSchema } from "./schemas/contribution";
import { nominationSchema } from "./schemas/nomination";
import { workshopSchema } from "./schemas/workshop";
import { saveSubmission, type StakeholderKind } from "./service/save-submission";
import { withdrawSubmission } from "./service/withdraw-submission";

type Target = { year: number } | { submissionId: string };

const forms: Record<StakeholderKind, { schema: (intent: Intent) => z.ZodType; payload: (input: never) => SubmissionPayload; attachment: boolean }> = {
  CONTRIBUTION: { schema: contributionSchema, payload: contributionPayload as (input: never) => SubmissionPayload, attachment: true },
  WORKSHOP_REQUEST: { schema: workshopSchema, payload: workshopPayload as (input: never) => SubmissionPayload, attachment: false },
  FACILITATOR_NOMINATION: { schema: nominationSchema, payload: nominationPayload as (input: never) => SubmissionPayload, attachment: false },
};

const FILE_FIELDS = ["attachment"];

/** The save/submit entry point of the three stakeholder forms; the kind decides schema and payload. */
async function saveKind(kind: StakeholderKind, locale: Locale, target: Target, formData: FormData): Promise<FormState> {
  const now = new Date();
  const back = "submissionId" in target ? `/${locale}/consultation/submissions/${target.submissionId}` : `/${locale}/consultation`;
  const user = await requireUser(locale, back);
  const raw = formToObject(formData);
  const intent = intentSchema.catch("submit").parse(raw.intent);
  const form = forms[kind];
  const parsed = form.schema(intent).safeParse(raw);
  if (!parsed.success) return invalidInput(locale, parsed.error, formData, FILE_FIELDS);
  const result = await runConsultation(
    locale,
    formData,
    async () =>
      saveSubmission({
        userId: user.id,
        kind,
        target,
        intent,
        payload: form.payload(parsed.data as never),
        attachment: form.attachment ? await checkUpload(formData.get("attachment")) : null,
        removeAttachment: raw.removeAttachment === "on",
        confirmDuplicates: raw.confirmDuplicates === "on",
        now,
      }),
    FILE_FIELDS,
  );
  if (result.status !== "ok") return result;
  if (result.data.outcome === "submitted") after(() => kickOutbox());
  revalidatePath(`/${locale}/consultation`, "layout");
  const notice = result.data.outcome === "duplicates" ? "duplicates" : result.data.outcome === "submitted" ? "submitted" : "saved";
  redirect(`/${locale}/consultation/submissions/${result.data.id}?notice=${notice}`);
}

export async function saveContributionAction(locale: Locale, target: Target, _prev: FormState, formData: FormData): Promise<FormState> {
  return saveKind("CONTRIBUTION", locale, target, formData);
}

export async function saveWorkshopAction(locale: Locale, target: Target, _prev: FormState, formData: FormData): Promise<FormState> {
  return saveKind("WORKSHOP_REQUEST", locale, target, formData);
}

export async function saveNominationAction(locale: Locale, target: Target, _prev: FormState, formData: FormData): Promise<FormState> {
  return saveKind("FACILITATOR_NOMINATION", locale, target, formData);
}

/** Withdraws the caller's own submission (before the deadline); mails them if it was submitted. */
export async function withdrawSubmissionAction(locale: Locale, submissionId: string): Promise<FormState> {
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation/submissions/${submissionId}`);
  const result = await runConsultation(locale, null, () => withdrawSubmission({ userId: user.id, submissionId, now }));
  if (result.status !== "ok") return result;
  if (!result.data.wasDraft) after(() => kickOutbox());
  revalidatePath(`/${locale}/consultation`, "layout");
  redirect(`/${locale}/consultation/submissions/${submissionId}?notice=withdrawn`);
}
