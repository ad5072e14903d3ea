"use server";

import { z } from "zod";
import type { FormInput } from "@/lib/actions/form-data";
import { arg, formAction, type FileCheck } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { checkUpload, type CheckedUpload } from "@/lib/uploads/service";
import { stakeholderKinds, type StakeholderKind } from "./kinds";
import { intentSchema } from "./schemas/common";
import { saveSubmission } from "./service/save-submission";
import { withdrawSubmission } from "./service/withdraw-submission";

/** A new submission in an edition (its year), or an existing one (its id). */
const target = z.union([z.object({ year: arg.year }), z.object({ submissionId: arg.id })]);
type Target = z.infer<typeof target>;

const consultation = (locale: Locale) => `/${locale}/consultation`;
const submissionPath = (locale: Locale, id: string) => `/${locale}/consultation/submissions/${id}`;
const backTo = (locale: Locale, t: Target) => ("submissionId" in t ? submissionPath(locale, t.submissionId) : consultation(locale));
/** Which button was pressed: "draft" or "submit" (anything else submits, which checks the most). */
const intentOf = (raw: FormInput) => intentSchema.catch("submit").parse(raw.intent);

const noFile: FileCheck<CheckedUpload> = async () => ({ file: null });

/**
 * The save/submit action of a stakeholder kind: its schema, rows and attachment come from the
 * kind's file (lib/submissions/kinds/); everything else is the same for every kind.
 */
function saveAction(kind: StakeholderKind) {
  const spec = stakeholderKinds[kind];
  return formAction(
    {
      caller: "user",
      args: z.tuple([target]),
      input: (raw) => spec.form(intentOf(raw)),
      rows: spec.rows,
      // a kind without an attachment ignores the field (a forged post cannot store a file)
      uploads: { attachment: spec.attachment ? checkUpload : noFile },
      messages: "ConsultationValidation",
      returnTo: (locale, [t]) => backTo(locale, t),
    },
    async ({ actor, locale, args: [t], input, uploads, raw, now }) => {
      const saved = await saveSubmission({
        userId: actor.id,
        kind,
        target: t,
        intent: intentOf(raw),
        payload: input,
        attachment: uploads.attachment,
        removeAttachment: raw.removeAttachment === "on",
        confirmDuplicates: raw.confirmDuplicates === "on",
        now,
      });
      const notice = saved.outcome === "duplicates" ? "duplicates" : saved.outcome === "submitted" ? "submitted" : "saved";
      return { revalidate: [[consultation(locale), "layout"]], redirect: `${submissionPath(locale, saved.id)}?notice=${notice}` };
    },
  );
}

export const saveContributionAction = saveAction("CONTRIBUTION");
export const saveWorkshopAction = saveAction("WORKSHOP_REQUEST");
export const saveNominationAction = saveAction("FACILITATOR_NOMINATION");

/**
 * Withdraws the caller's own submission (before the deadline); mails them if it was submitted.
 * The confirmation step is checked here: a post without it withdraws nothing.
 */
export const withdrawSubmissionAction = formAction(
  {
    caller: "user",
    args: z.tuple([arg.id]),
    // the confirmation and its box, as the form's own message (the box sits in the confirmation step)
    input: z
      .object({ confirmed: z.string().optional(), acknowledged: z.string().optional() })
      .refine((v) => v.confirmed === "1" && v.acknowledged === "on", "confirmWithdrawal"),
    messages: "ConsultationValidation",
    returnTo: (locale, [id]) => submissionPath(locale, id),
  },
  async ({ actor, locale, args: [id], now }) => {
    await withdrawSubmission({ userId: actor.id, submissionId: id, now });
    return { revalidate: [[consultation(locale), "layout"]], redirect: `${submissionPath(locale, id)}?notice=withdrawn` };
  },
);
