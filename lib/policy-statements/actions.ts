"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { requireRole, requireUser } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";
import { fieldErrorState, invalidInput, runInvitationDomain } from "@/lib/invitations/action-state";
import { revalidatePublicPages } from "@/lib/public/cache";
import { checkStatementPdf, type CheckedPdf } from "./pdf";
import { markStatementSchema, requestStatementSchema, statementTextSchema } from "./schemas";
import { markStatement, publishStatement, requestStatement, submitStatement } from "./service";

const statementPath = (locale: Locale, invitationId: string) => `/${locale}/invitations/${invitationId}/policy-statement`;

async function success(locale: Locale, key: "requested" | "submitted"): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "PolicyStatementForm" });
  return { status: "success", message: t(key) };
}

export async function requestStatementAction(rawLocale: Locale, invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const now = new Date();
  const user = await requireUser(locale, statementPath(locale, invitationId));
  const parsed = requestStatementSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => requestStatement(user, invitationId, parsed.data, now));
  if (result.status === "error") return result;
  revalidatePath(statementPath(locale, invitationId));
  revalidatePath(`/${locale}/admin/policy-statements`);
  return success(locale, "requested");
}

/** The statement's text and/or PDF; the file is checked by its content before the transaction. */
export async function submitStatementAction(rawLocale: Locale, invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const now = new Date();
  const user = await requireUser(locale, statementPath(locale, invitationId));
  const parsed = statementTextSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const upload = formData.get("file");
  let pdf: CheckedPdf | undefined;
  if (upload instanceof File && upload.size > 0) {
    const checked = await checkStatementPdf(upload);
    if (!checked.ok) return fieldErrorState(locale, formData, "file", checked.error);
    pdf = checked.pdf;
  }
  const result = await runInvitationDomain(locale, formData, () =>
    submitStatement(user, invitationId, { text: parsed.data.text, pdf, removeFile: parsed.data.removeFile }, now),
  );
  if (result.status === "error") return result;
  revalidatePath(statementPath(locale, invitationId));
  revalidatePath(`/${locale}/admin/policy-statements`);
  return success(locale, "submitted");
}

export async function markStatementAction(rawLocale: Locale, statementId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await requireRole("SECRETARIAT", locale, `/${locale}/admin/policy-statements`);
  const parsed = markStatementSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => markStatement(actor, statementId, parsed.data.status));
  if (result.status === "error") return result;
  revalidatePath(`/${locale}/admin/policy-statements`);
  const t = await getTranslations({ locale, namespace: "PolicyStatementsAdmin" });
  return { status: "success", message: t("done") };
}

export async function publishStatementAction(rawLocale: Locale, statementId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const actor = await requireRole("SECRETARIAT", locale, `/${locale}/admin/policy-statements`);
  const result = await runInvitationDomain(locale, formData, () => publishStatement(actor, statementId, new Date()));
  if (result.status === "error") return result;
  revalidatePath(`/${locale}/admin/policy-statements`);
  revalidatePublicPages();
  const t = await getTranslations({ locale, namespace: "PolicyStatementsAdmin" });
  return { status: "success", message: t("done") };
}
