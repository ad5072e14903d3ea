import "server-only";
import type { Tx } from "@/lib/db";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { enqueueMail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { localizeText } from "@/lib/i18n/localized";
import { formatGenevaDateTime } from "@/lib/time/format";
import { hasRemoteDetails } from "./policy";

export type RegistrationEvent = "registered" | "waitlisted" | "promoted" | "cancelled";

/**
 * Mails a participant about their registration, in their language. Remote participants get
 * the connection details (only they do); everyone gets the calendar link.
 */
export async function enqueueRegistrationMail(tx: Tx, registrationId: string, event: RegistrationEvent, at: Date) {
  const r = await tx.meetingRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true,
      mode: true,
      user: { select: { email: true, name: true, preferredLanguage: true } },
      meeting: { select: { id: true, title: true, startsAt: true, venue: true, remoteDetails: true, edition: { select: { year: true } } } },
    },
  });
  const locale = r.user.preferredLanguage;
  const t = await mailTranslator(locale);
  const base = `${env().APP_URL}/${locale}/consultation/${r.meeting.edition.year}/meetings/${r.meeting.id}`;
  const title = localizeText(r.meeting.title, locale);
  const when = formatGenevaDateTime(r.meeting.startsAt, locale);
  const remote = r.mode === "REMOTE" && event !== "cancelled" && event !== "waitlisted";
  const text = [
    t("MeetingMail.greeting", { name: r.user.name ?? "" }),
    t(`MeetingMail.${event}`, { title, when, mode: r.mode, venue: localizeText(r.meeting.venue, locale) }),
    remote
      ? hasRemoteDetails(r.meeting.remoteDetails)
        ? t("MeetingMail.remoteDetails", { details: r.meeting.remoteDetails })
        : t("MeetingMail.remoteDetailsLater")
      : null,
    event === "cancelled" || event === "waitlisted"
      ? null
      : t("MeetingMail.calendar", { url: `${env().APP_URL}/api/meetings/${r.meeting.id}/ics?lang=${locale}` }),
    t("MeetingMail.manage", { url: base }),
    t("MeetingMail.signature"),
  ]
    .filter(Boolean)
    .join("\n\n");
  await enqueueMail(tx, {
    to: r.user.email,
    language: locale,
    template: `meeting.${event}`,
    subject: t(`MeetingMail.subject.${event}`, { title }),
    text,
    html: htmlFromText(text, locale),
    dedupeKey: `meeting-registration:${r.id}:${event}:${at.toISOString()}`,
  });
}
