import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import type { MailAttachment } from "@/lib/email/transport";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { registrationHref } from "@/lib/forums/links";

type VisaLetterMail = { requestId: string; to: string; locale: Locale; year: number; name: string } & (
  { event: "approved"; referenceNumber: string; attachment: MailAttachment } | { event: "rejected"; reason: string; at: Date }
);

/**
 * Mails the participant, in their language, that their visa support letter was approved (the
 * letter attached, in the language chosen for the Swiss authorities) or rejected (with the reason).
 * One mail per decision: approving happens once; a rejection is keyed by its instant.
 */
export async function enqueueVisaLetterMail(tx: Tx, mail: VisaLetterMail) {
  const t = await mailTranslator(mail.locale);
  const url = `${env().APP_URL}/${mail.locale}${registrationHref(mail.year)}`;
  const body =
    mail.event === "approved" ? t("VisaLetterMail.approved", { reference: mail.referenceNumber }) : t("VisaLetterMail.rejected", { reason: mail.reason });
  const text = [t("VisaLetterMail.greeting", { name: mail.name }), body, t("VisaLetterMail.manage", { url }), t("VisaLetterMail.signature")].join("\n\n");
  await enqueueMail(tx, {
    to: mail.to,
    language: mail.locale,
    template: `visa_letter.${mail.event}`,
    subject: t(`VisaLetterMail.subject.${mail.event}`, { year: mail.year }),
    text,
    html: htmlFromText(text, mail.locale),
    dedupeKey: mail.event === "approved" ? `visa-letter:${mail.requestId}:approved` : `visa-letter:${mail.requestId}:rejected:${mail.at.toISOString()}`,
    attachments: mail.event === "approved" ? [mail.attachment] : [],
  });
}
