"use server";

import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { secretariatAction } from "@/lib/staff/secretariat-action";
import { resendSchema, sendRemindersSchema, type ReminderKind } from "./schemas";
import { resendMail, sendReminders } from "./service";

export async function resendMailAction(locale: Locale, messageId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const result = await secretariatAction(locale, `/${locale}/admin/mail`, formData, resendSchema, (actor) => resendMail({ actor, messageId, now: new Date() }));
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminMailbox" });
  return { status: "success", message: t("resent") };
}

export async function sendRemindersAction(locale: Locale, kind: ReminderKind, editionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const path = `/${locale}/admin/mail/reminders`;
  const result = await secretariatAction(locale, path, formData, sendRemindersSchema, (actor, input) =>
    sendReminders({ actor, kind: kind === "drafts" ? "drafts" : "invitations", editionId, round: input.round, now: new Date() }),
  );
  if (!result.ok) return result.state;
  const t = await getTranslations({ locale, namespace: "AdminMailbox" });
  return { status: "success", message: t("remindersSent", { queued: result.data.queued, recipients: result.data.recipients }) };
}
