// Geneva time (Europe/Zurich) governs every date of the Forum. Instants are stored in UTC; these
// helpers turn a wall-clock time in Geneva into an instant and back, daylight saving included.
import { TZDate } from "@date-fns/tz";

export const GENEVA = "Europe/Zurich";

/** The instant at which Geneva's clocks show this date and time (month 1–12). */
export function genevaTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, timeZone = GENEVA): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, second, ms, timeZone).getTime());
}

/**
 * The instant a deadline "by <day>" expires: the first moment of the next day in Geneva. So a
 * form is open during the whole of the named day and one millisecond after midnight is late.
 */
export function endOfGenevaDay(year: number, month: number, day: number, timeZone = GENEVA): Date {
  return new Date(new TZDate(year, month - 1, day + 1, 0, 0, 0, 0, timeZone).getTime());
}

/** Geneva's wall-clock fields of an instant. */
export function genevaParts(instant: Date, timeZone = GENEVA) {
  const z = new TZDate(instant.getTime(), timeZone);
  return {
    year: z.getFullYear(),
    month: z.getMonth() + 1,
    day: z.getDate(),
    hour: z.getHours(),
    minute: z.getMinutes(),
    /** minutes east of UTC, e.g. 120 in summer, 60 in winter */
    offsetMinutes: -z.getTimezoneOffset(),
  };
}

/** A calendar day (a `date` column, stored as midnight UTC) from year, month (1–12), day. */
export const calendarDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
