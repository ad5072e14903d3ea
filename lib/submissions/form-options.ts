// Choices the consultation's forms offer that do not come from the database.
import { locales, nativeNames, type Locale } from "@/lib/i18n/locales";
import { formatCalendarDay } from "@/lib/time/format";

/** The six languages, each in its own name. */
export const languageOptions = () => locales.map((l) => ({ value: l, label: nativeNames[l] }));

/** The days of the Forum, for a workshop's "preferred day". */
export function forumDayOptions(edition: { startDate: Date; endDate: Date }, locale: Locale) {
  const days = [];
  for (let d = edition.startDate.getTime(); d <= edition.endDate.getTime(); d += 86_400_000) {
    const day = new Date(d);
    days.push({ value: day.toISOString().slice(0, 10), label: formatCalendarDay(day, locale) });
  }
  return days;
}
