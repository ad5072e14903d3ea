// Reading Geneva wall-clock values typed into forms: a `date` input ("2027-03-01"), a `time`
// input ("17:00") and a `datetime-local` input ("2027-03-01T17:00"). What a person types is the
// time on Geneva's clocks; these turn it into the instant stored in UTC (lib/time/geneva.ts),
// refusing days that do not exist (2027-02-30) instead of rolling them over into the next month.
import { z } from "zod";
import { genevaTime } from "./geneva";

export interface CalendarDayParts {
  year: number;
  month: number;
  day: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "2027-01-15" as {year, month, day}; null when malformed, impossible or outside 2000–9999. */
export function parseCalendarDay(value: string): CalendarDayParts | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || year < 2000 || year > 9999) return null;
  return { year, month, day };
}

/** "17:05" as {hour, minute}; null unless a 24-hour time. */
export function parseWallClockTime(value: string): { hour: number; minute: number } | null {
  const m = TIME.exec(value);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/** The instant of a Geneva day and time ("2027-03-01", "17:00"); null if either is invalid. */
export function genevaInstant(day: string, time: string): Date | null {
  const d = parseCalendarDay(day);
  const t = parseWallClockTime(time);
  return d && t ? genevaTime(d.year, d.month, d.day, t.hour, t.minute) : null;
}

/**
 * The instant of a date and time typed on the 24-hour clock ("2027-03-01 17:00", or the
 * `datetime-local` form "2027-03-01T17:00"; "9:30" is read as "09:30") read as Geneva time;
 * null if invalid.
 */
export function parseGenevaDateTimeLocal(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T| +)(\d{1,2}:\d{2})$/.exec(value.trim());
  return m ? genevaInstant(m[1]!, m[2]!.padStart(5, "0")) : null;
}

/** A `datetime-local` field read as Geneva wall-clock time (message key "date" when invalid). */
export const genevaDateTimeInput = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const at = parseGenevaDateTimeLocal(v);
    if (!at) {
      ctx.addIssue({ code: "custom", message: "date" });
      return z.NEVER;
    }
    return at;
  });

/** The same, optional: an empty field is null. */
export const optionalGenevaDateTimeInput = z
  .union([z.literal("").transform(() => null), genevaDateTimeInput])
  .optional()
  .transform((v) => v ?? null);

/** A `date` field as {year, month, day} ("required" when empty, "date" when invalid). */
export const calendarDayInput = z
  .string()
  .trim()
  .min(1, { message: "required", abort: true })
  .transform((v, ctx) => {
    const parts = parseCalendarDay(v);
    if (!parts) {
      ctx.addIssue({ code: "custom", message: "date" });
      return z.NEVER;
    }
    return parts;
  });
