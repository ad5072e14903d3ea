import "server-only";
import { db } from "@/lib/db";
import { enqueueMail, deliverDueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The magic-link mail, in the language the visitor was browsing in. It goes through the outbox
 * like every mail (so a mail server that is down delays it, with retries) and is sent at once.
 */
export async function sendSignInLink({ to, url, locale }: { to: string; url: string; locale: Locale }) {
  const t = await mailTranslator(locale);
  const text = t("Mail.signIn.body", { url, minutes: 30 });
  const id = await db.$transaction((tx) =>
    enqueueMail(tx, { to, language: locale, template: "sign-in", subject: t("Mail.signIn.subject"), text, html: htmlFromText(text, locale) }),
  );
  if (id) await deliverDueMail({ ids: [id] });
}
