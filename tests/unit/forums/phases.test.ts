import { describe, expect, test } from "vitest";
import { parsePhaseNumber, phaseActivities, romanNumeral } from "@/lib/forums/phases";

describe("phases as the letters number them", () => {
  test("I to VI, and beyond", () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14].map(romanNumeral)).toEqual(["I", "II", "III", "IV", "V", "VI", "IX", "XIV"]);
  });

  test("route segments: a phase number or nothing", () => {
    expect(["1", "6", "12", "0", "07", "x", "1.5", ""].map(parsePhaseNumber)).toEqual([1, 6, 12, null, null, null, null, null]);
  });

  test("unknown activity keys are left out, the others keep their order", () => {
    expect(phaseActivities(["physical_meeting", "dancing", "remote_participation"])).toEqual(["physical_meeting", "remote_participation"]);
  });
});
