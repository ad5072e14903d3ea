// Agenda times are typed on the 24-hour clock (the browser's own time input showed "02:00 PM").
import { describe, expect, test } from "vitest";
import { sessionSchema } from "@/lib/agenda-builder/schemas";

const session = (startTime: string, endTime: string) => ({ title: "Session", track: "FORUM", type: "THEMATIC", day: "2027-05-04", startTime, endTime });
const errors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join("."), i.message]);

describe("agenda session times", () => {
  test("24-hour times are read, a one-digit hour too", () => {
    const r = sessionSchema.parse(session("9:30", "14:00"));

    expect([r.startTime, r.endTime]).toEqual(["09:30", "14:00"]);
  });

  test("a 12-hour time is refused with the 24-hour message; an end before the start is reported with a missing title", () => {
    expect(errors(sessionSchema.safeParse(session("02:00 PM", "15:00")))).toEqual([["startTime", "time"]]);
    expect(errors(sessionSchema.safeParse({ ...session("15:00", "14:00"), title: "" }))).toEqual([
      ["title", "required"],
      ["endTime", "invalid"],
    ]);
  });
});
