import "server-only";
import ical from "ical-generator";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";

/**
 * The meeting as an iCalendar file. Times are written in UTC, which every calendar converts to
 * the reader's zone; connection details are not included (they are mailed to remote participants only).
 */
export function meetingCalendar(
  meeting: { id: string; title: unknown; venue: unknown; startsAt: Date; endsAt: Date; cancelledAt: Date | null },
  locale: Locale,
  url: string,
): string {
  const title = localizeText(meeting.title, locale);
  const calendar = ical({ name: title, prodId: { company: "ITU", product: "WSIS Forum portal", language: locale.toUpperCase() } });
  calendar.createEvent({
    id: `meeting-${meeting.id}@wsis-forum-portal`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: title,
    location: localizeText(meeting.venue, locale),
    url,
    status: meeting.cancelledAt ? "CANCELLED" : "CONFIRMED",
  } as Parameters<typeof calendar.createEvent>[0]);
  return calendar.toString();
}
