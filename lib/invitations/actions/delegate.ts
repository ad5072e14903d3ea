"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { kickOutbox } from "@/lib/email/worker";
import { asLocale } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";
import { invalidInput, runInvitationDomain } from "../action-state";
import { declineSchema, delegationSchema } from "../schemas";
import { declineInvitation, markInvitationViewed, saveDelegation } from "../service/answers";

const invitationPath = (locale: Locale, id: string) => `/${locale}/invitations/${id}`;

/**
 * "Viewed" is recorded by this separate POST, sent by the invitation page once it is shown to
 * its signed-in addressee; a GET of any page (a mail scanner's) never records it.
 */
export async function markViewedAction(rawLocale: Locale, invitationId: string): Promise<void> {
  const locale = asLocale(rawLocale);
  const user = await getCurrentUser();
  if (!user) return;
  if (await markInvitationViewed(user, invitationId, new Date())) revalidatePath(invitationPath(locale, invitationId));
}

/** Saves the delegation as a draft (stays on the page) or confirms participation (back to the invitation). */
export async function saveDelegationAction(rawLocale: Locale, invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const now = new Date();
  const user = await requireUser(locale, invitationPath(locale, invitationId));
  const parsed = delegationSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => saveDelegation(user, invitationId, parsed.data, now));
  if (result.status === "error") return result;
  after(() => kickOutbox());
  revalidatePath(invitationPath(locale, invitationId));
  if (result.data.status === "CONFIRMED" && parsed.data.intent === "submit") redirect(`${invitationPath(locale, invitationId)}?saved=1`);
  const t = await getTranslations({ locale, namespace: "InvitationRespond" });
  return { status: "success", message: t("draftNotice") };
}

export async function declineAction(rawLocale: Locale, invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const locale = asLocale(rawLocale);
  const now = new Date();
  const user = await requireUser(locale, invitationPath(locale, invitationId));
  const parsed = declineSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalidInput(locale, parsed.error, formData);
  const result = await runInvitationDomain(locale, formData, () => declineInvitation(user, invitationId, parsed.data.reason, now));
  if (result.status === "error") return result;
  after(() => kickOutbox());
  revalidatePath(invitationPath(locale, invitationId));
  redirect(`${invitationPath(locale, invitationId)}?saved=1`);
}
