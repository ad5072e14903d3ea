import "server-only";
import { env } from "@/lib/env";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import type { OutgoingMail } from "@/lib/email/outbox";
import type { Locale } from "@/lib/i18n/locales";

/** The invitation to the secretariat: a link to the sign-in page, where a magic link is asked for. */
export async function staffInvitationMail(to: string, locale: Locale, inviter: string): Promise<OutgoingMail> {
  const t = await mailTranslator(locale);
  const url = `${env().APP_URL}/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/admin`)}`;
  const text = t("AdminMail.staffInvitation.body", { url, inviter });
  return { to, language: locale, template: "staff.invitation", subject: t("AdminMail.staffInvitation.subject"), text, html: htmlFromText(text, locale) };
}
