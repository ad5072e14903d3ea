import { describe, expect, test } from "vitest";
import {
  calendarDayInput,
  genevaDateTimeInput,
  genevaInstant,
  optionalGenevaDateTimeInput,
  parseCalendarDay,
  parseGenevaDateTimeLocal,
} from "@/lib/time/input";

describe("Geneva input helpers", () => {
  test("a datetime-local value is Geneva wall-clock time, summer and winter", () => {
    expect(parseGenevaDateTimeLocal("2027-01-15T17:00")!.toISOString()).toBe("2027-01-15T16:00:00.000Z");
    expect(parseGenevaDateTimeLocal("2027-07-15T17:00")!.toISOString()).toBe("2027-07-15T15:00:00.000Z");
    expect(genevaInstant("2027-03-28", "03:30")!.toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  test("typed as text on the 24-hour clock: a space instead of T, a one-digit hour", () => {
    expect(parseGenevaDateTimeLocal("2027-01-15 17:00")!.toISOString()).toBe("2027-01-15T16:00:00.000Z");
    expect(parseGenevaDateTimeLocal("2027-01-15 9:30")!.toISOString()).toBe("2027-01-15T08:30:00.000Z");
  });

  test("impossible days and times are refused, not rolled over", () => {
    expect(parseCalendarDay("2027-02-30")).toBeNull();
    expect(parseCalendarDay("2027-13-01")).toBeNull();
    expect(parseCalendarDay("1999-12-31")).toBeNull();
    expect(parseCalendarDay("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseGenevaDateTimeLocal("2027-02-30T10:00")).toBeNull();
    expect(parseGenevaDateTimeLocal("2027-01-15T24:00")).toBeNull();
    expect(parseGenevaDateTimeLocal("2027-01-15 10:00 PM")).toBeNull();
    expect(parseGenevaDateTimeLocal("2027-01-15")).toBeNull();
    expect(parseGenevaDateTimeLocal("2027-01-15T10:00T1")).toBeNull();
  });

  test("the zod fields give the form's message keys", () => {
    expect(genevaDateTimeInput.safeParse("2027-02-30T10:00").error?.issues[0]?.message).toBe("date");
    expect(optionalGenevaDateTimeInput.parse("")).toBeNull();
    expect(optionalGenevaDateTimeInput.parse(undefined)).toBeNull();
    expect(optionalGenevaDateTimeInput.parse(" 2027-01-15T17:00 ")!.toISOString()).toBe("2027-01-15T16:00:00.000Z");
    expect(calendarDayInput.safeParse("").error?.issues[0]?.message).toBe("required");
    expect(calendarDayInput.safeParse("2027-02-30").error?.issues[0]?.message).toBe("date");
    expect(calendarDayInput.parse("2027-01-15")).toEqual({ year: 2027, month: 1, day: 15 });
  });
});
