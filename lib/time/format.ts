// Dates as people read them, in their language, always in Geneva time. Calendar days (`date`
// columns) are stored as midnight UTC and are formatted in UTC so the day never shifts.
import { directionOf, intlLocale as tag, type Locale } from "@/lib/i18n/locales";
import { GENEVA, genevaParts } from "./geneva";

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Building a formatter costs far more than using one: keep one per language and options. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(tag(locale), options)));
  return f;
}

export function formatCalendarDay(day: Date, locale: Locale, style: "long" | "medium" = "long"): string {
  return formatter(locale, { dateStyle: style, timeZone: "UTC" }).format(day);
}

export function formatCalendarRange(start: Date, end: Date, locale: Locale): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(start, end);
}

/** "UTC+02:00" for an instant in Geneva. */
export function genevaOffsetLabel(instant: Date, timeZone = GENEVA): string {
  const minutes = genevaParts(instant, timeZone).offsetMinutes;
  const sign = minutes >= 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** "CEST" / "CET" (the abbreviations Geneva uses), whatever the page language. */
export function genevaZoneAbbreviation(instant: Date, timeZone = GENEVA): string {
  return genevaParts(instant, timeZone).offsetMinutes === 120 ? "CEST" : "CET";
}

/**
 * "CEST (UTC+02:00)". In a right-to-left language the label is isolated as left-to-right text
 * (U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, what <bdi dir="ltr"> does in
 * markup): otherwise the bidi algorithm takes the closing parenthesis for Arabic text and shows
 * "(UTC+02:00" turned around. The formatted strings go into messages and mails, so the isolate is
 * in the text itself.
 */
export function genevaZoneLabel(instant: Date, locale: Locale, timeZone = GENEVA): string {
  const label = `${genevaZoneAbbreviation(instant, timeZone)} (${genevaOffsetLabel(instant, timeZone)})`;
  return directionOf(locale) === "rtl" ? `\u2066${label}\u2069` : label;
}

/** Date and time in Geneva, with the zone: "12 October 2016, 16:30 CEST (UTC+02:00)". */
export function formatGenevaDateTime(instant: Date, locale: Locale, timeZone = GENEVA): string {
  const text = formatter(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(instant);
  return `${text} ${genevaZoneLabel(instant, locale, timeZone)}`;
}

/** The Geneva calendar day of an instant. */
export function formatGenevaDay(instant: Date, locale: Locale, timeZone = GENEVA): string {
  return formatter(locale, { dateStyle: "long", timeZone }).format(instant);
}

/** Time range in Geneva: "10:00–11:30 CEST (UTC+02:00)". */
export function formatGenevaTimeRange(start: Date, end: Date, locale: Locale, timeZone = GENEVA): string {
  const time = formatter(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  return `${time.format(start)}–${time.format(end)} ${genevaZoneLabel(start, locale, timeZone)}`;
}

/**
 * A deadline that falls at Geneva midnight is shown as the last day it includes ("by 15 January
 * 2020"), which is how the letters word it; other instants are shown with their time.
 */
export function formatDeadline(closesAt: Date, locale: Locale, timeZone = GENEVA): { text: string; endOfDay: boolean } {
  const p = genevaParts(closesAt, timeZone);
  if (p.hour === 0 && p.minute === 0) {
    const lastDay = new Date(closesAt.getTime() - 1);
    return { text: formatGenevaDay(lastDay, locale, timeZone), endOfDay: true };
  }
  return { text: formatGenevaDateTime(closesAt, locale, timeZone), endOfDay: false };
}
