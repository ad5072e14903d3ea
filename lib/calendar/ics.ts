// Calendar files (.ics) of the agenda: a session, a day or the whole agenda. Times are written in
// Geneva's zone (DTSTART;TZID=Europe/Zurich) with its VTIMEZONE, so calendar programs show the
// session at the right time wherever the reader is, and the file says which zone it means.
import { TZDate } from "@date-fns/tz";
import ical, { ICalCalendarMethod } from "ical-generator";
import type { AgendaSessionView } from "@/lib/agenda/snapshot";
import { localizeText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { vtimezone } from "./vtimezone";

export interface AgendaCalendarInput {
  /** the calendar's name, e.g. "WSIS Forum 2020 — Agenda" */
  name: string;
  sessions: readonly AgendaSessionView[];
  timeZone: string;
  locale: Locale;
  /** the public page of a session (absolute URL) */
  sessionUrl: (slug: string) => string;
  /** a stable domain for UIDs, so re-downloading updates events instead of duplicating them */
  uidDomain: string;
  /** when this version of the agenda was published: the events' DTSTAMP */
  publishedAt: Date;
  /** the session's description lines beyond its own text (speakers...), already translated */
  details?: (session: AgendaSessionView) => string[];
}

export function agendaCalendar(input: AgendaCalendarInput): string {
  const years = input.sessions.map((s) => new TZDate(s.startsAt.getTime(), input.timeZone).getFullYear());
  const fromYear = years.length ? Math.min(...years) : new Date().getUTCFullYear();
  const toYear = years.length ? Math.max(...years) : fromYear;
  const calendar = ical({
    name: input.name,
    prodId: { company: "ITU", product: "WSIS Forum portal", language: input.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: input.timeZone, generator: (tz) => vtimezone(tz, fromYear, toYear) },
  });
  for (const s of input.sessions) {
    const description = [s.description ? localizeText(s.description, input.locale) : "", ...(input.details?.(s) ?? [])].filter(Boolean).join("\n\n");
    calendar.createEvent({
      id: `${s.slug}@${input.uidDomain}`,
      // TZDate, not Date: ical-generator writes a plain Date in the server's own zone
      start: new TZDate(s.startsAt.getTime(), input.timeZone),
      end: new TZDate(s.endsAt.getTime(), input.timeZone),
      timezone: input.timeZone,
      summary: localizeText(s.title, input.locale),
      description: description || undefined,
      location: s.room ? localizeText(s.room.name, input.locale) : undefined,
      url: input.sessionUrl(s.slug),
    });
  }
  // ical-generator 11 writes DTSTAMP in the calendar's zone without "Z"; RFC 5545 §3.8.7.2 wants UTC
  const stamp = input.publishedAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp}`);
}
