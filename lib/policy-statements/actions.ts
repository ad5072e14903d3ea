"use server";

import { z } from "zod";
import { arg, formAction } from "@/lib/actions/pipeline";
import type { Locale } from "@/lib/i18n/locales";
import { checkStatementPdf } from "./pdf";
import { markStatementSchema, requestStatementSchema, statementTextSchema } from "./schemas";
import { markStatement, publishStatement, requestStatement, submitStatement } from "./service";

const statementPath = (locale: Locale, invitationId: string) => `/${locale}/invitations/${invitationId}/policy-statement`;
const adminPath = (locale: Locale) => `/${locale}/admin/policy-statements`;
const byDelegate = {
  caller: "user",
  args: z.tuple([arg.id]),
  messages: "InvitationValidation",
  returnTo: (locale: Locale, [invitationId]: [string]) => statementPath(locale, invitationId),
} as const;
const bySecretariat = { caller: "secretariat", args: z.tuple([arg.id]), messages: "InvitationValidation", returnTo: adminPath } as const;
const notice = (key: "requested" | "submitted") => ({ namespace: "PolicyStatementForm", key });
const done = { namespace: "PolicyStatementsAdmin", key: "done" } as const;

export const requestStatementAction = formAction(
  { ...byDelegate, input: requestStatementSchema },
  async ({ actor, locale, args: [invitationId], input, now }) => {
    await requestStatement(actor, invitationId, input, now);
    return { revalidate: [statementPath(locale, invitationId), adminPath(locale)], notice: notice("requested") };
  },
);

/** The statement's text and/or PDF; the file is checked by its content with the text, before the transaction. */
export const submitStatementAction = formAction(
  { ...byDelegate, input: statementTextSchema, uploads: { file: checkStatementPdf } },
  async ({ actor, locale, args: [invitationId], input, uploads, now }) => {
    await submitStatement(actor, invitationId, { text: input.text, pdf: uploads.file ?? undefined, removeFile: input.removeFile }, now);
    return { revalidate: [statementPath(locale, invitationId), adminPath(locale)], notice: notice("submitted") };
  },
);

export const markStatementAction = formAction({ ...bySecretariat, input: markStatementSchema }, async ({ actor, locale, args: [statementId], input }) => {
  await markStatement(actor, statementId, input.status);
  return { revalidate: [adminPath(locale)], notice: done };
});

/** Publishing also purges the cached public pages (the pipeline does it for every secretariat action). */
export const publishStatementAction = formAction({ ...bySecretariat }, async ({ actor, locale, args: [statementId], now }) => {
  await publishStatement(actor, statementId, now);
  return { revalidate: [adminPath(locale)], notice: done };
});
