import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { env } from "@/lib/env";
import { localizeText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { formatGenevaDay, formatGenevaTimeRange } from "@/lib/time/format";

export interface SessionSlot {
  startsAt: Date;
  endsAt: Date;
  /** the room's per-language name, or null while no room is given */
  roomName: unknown;
}

export interface SessionMailFacts {
  /** the organisers' account: the author of the submission */
  to: { email: string; language: Locale };
  submission: { id: string; reference: string; title: string };
  /** where the session is now (scheduled, moved), or null when it was removed */
  slot: SessionSlot | null;
  /** where it was before (moved, removed) */
  before: SessionSlot | null;
}

/**
 * Tells the organisers of an accepted submission that the secretariat scheduled, moved or removed
 * its session, in the organisers' language. Written in the agenda change's transaction.
 */
export async function enqueueSessionMail(tx: Tx, kind: "scheduled" | "moved" | "removed", m: SessionMailFacts) {
  const locale = m.to.language;
  const t = await mailTranslator(locale);
  const when = (s: SessionSlot) => `${formatGenevaDay(s.startsAt, locale)}, ${formatGenevaTimeRange(s.startsAt, s.endsAt, locale)}`;
  const room = (s: SessionSlot) => (s.roomName ? localizeText(s.roomName, locale) : t("AgendaMail.noRoom"));
  const values = {
    reference: m.submission.reference,
    title: m.submission.title,
    when: m.slot ? when(m.slot) : "",
    room: m.slot ? room(m.slot) : "",
    before: m.before ? `${when(m.before)}, ${room(m.before)}` : "",
    url: `${env().APP_URL}/${locale}/consultation/submissions/${m.submission.id}`,
  };
  const text = t(`AgendaMail.${kind}.body`, values);
  await enqueueMail(tx, {
    to: m.to.email,
    language: locale,
    template: `session-${kind}`,
    subject: t(`AgendaMail.${kind}.subject`, values),
    text,
    html: htmlFromText(text, locale),
  });
}
