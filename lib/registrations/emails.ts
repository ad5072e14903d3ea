import "server-only";
import type { Tx } from "@/lib/db";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { enqueueMail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import type { ForumRegistrationStatus } from "@/lib/generated/prisma/enums";
import { localizeText } from "@/lib/i18n/localized";
import { registrationHref } from "@/lib/forums/links";

/** The mail sent for each status a registration enters (the automatic route mails "ACCREDITED" at once). */
export type RegistrationMailEvent = ForumRegistrationStatus;

/**
 * Mails the participant that their registration entered `status`, in the language they
 * registered in: what it means, the reason or question when there is one, and the link to
 * their registration. Written in the caller's transaction (the outbox), sent after commit.
 */
export async function enqueueRegistrationStatusMail(tx: Tx, registrationId: string, status: RegistrationMailEvent, at: Date) {
  const r = await tx.forumRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true,
      locale: true,
      givenNames: true,
      familyName: true,
      statusReason: true,
      category: true,
      attendance: true,
      user: { select: { email: true } },
      edition: { select: { year: true, title: true } },
    },
  });
  const locale = r.locale;
  const t = await mailTranslator(locale);
  const forum = localizeText(r.edition.title, locale);
  const url = `${env().APP_URL}/${locale}${registrationHref(r.edition.year)}`;
  const category = t(`Enum.BadgeCategory.${r.category}`);
  const text = [
    t("RegistrationMail.greeting", { name: `${r.givenNames} ${r.familyName}` }),
    t(`RegistrationMail.body.${status}`, { forum, category }),
    r.statusReason && (status === "REJECTED" || status === "INFO_REQUESTED") ? t("RegistrationMail.reason", { reason: r.statusReason }) : null,
    status === "ACCREDITED" ? t(r.attendance === "REMOTE" ? "RegistrationMail.remote" : "RegistrationMail.badge") : null,
    t("RegistrationMail.link", { url }),
    t("RegistrationMail.signature"),
  ]
    .filter(Boolean)
    .join("\n\n");
  await enqueueMail(tx, {
    to: r.user.email,
    language: locale,
    template: `registration.${status.toLowerCase()}`,
    subject: t(`RegistrationMail.subject.${status}`, { forum }),
    text,
    html: htmlFromText(text, locale),
    dedupeKey: `forum-registration:${r.id}:${status}:${at.toISOString()}`,
  });
}
