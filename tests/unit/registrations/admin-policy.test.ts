import { describe, expect, test } from "vitest";
import { canFocalPointDecide, isWithinScopes } from "@/lib/registrations/focal-point-policy";
import { forumEndedAt, passportDataExpiresAt } from "@/lib/registrations/erase";
import { calendarDay, genevaTime } from "@/lib/time/geneva";

describe("focal point scope", () => {
  const scopes = [
    { editionId: "e1", memberStateCode: "CH" },
    { editionId: "e2", memberStateCode: "FR" },
  ];

  test.each([
    [{ editionId: "e1", memberStateCode: "CH" }, true],
    [{ editionId: "e1", memberStateCode: "FR" }, false],
    [{ editionId: "e2", memberStateCode: "CH" }, false],
    [{ editionId: "e1", memberStateCode: null }, false],
    [{ editionId: "e1", memberStateCode: undefined }, false],
  ])("claim %j within the scopes: %s", (claim, expected) => {
    expect(isWithinScopes(scopes, claim)).toBe(expected);
  });

  test("only waiting registrations are the focal point's to decide", () => {
    expect((["PENDING", "INFO_REQUESTED", "ACCREDITED", "REJECTED", "CANCELLED"] as const).filter(canFocalPointDecide)).toEqual(["PENDING", "INFO_REQUESTED"]);
  });
});

describe("passport data retention (Geneva time)", () => {
  test("the Forum ends at the first instant after its last day in Geneva (summer time)", () => {
    expect(forumEndedAt(calendarDay(2030, 6, 13))).toEqual(genevaTime(2030, 6, 14));
    expect(forumEndedAt(calendarDay(2030, 6, 13)).toISOString()).toBe("2030-06-13T22:00:00.000Z");
  });

  test("30 days after a Forum ending on 20 October lands in winter time (the clocks changed on the way)", () => {
    const due = passportDataExpiresAt(calendarDay(2030, 10, 20), 30);
    // 20 October + 30 days = 19 November, over at midnight Geneva (UTC+1 by then)
    expect(due.toISOString()).toBe("2030-11-19T23:00:00.000Z");
  });

  test("days past the end of a month roll over", () => {
    expect(passportDataExpiresAt(calendarDay(2030, 12, 20), 30)).toEqual(genevaTime(2031, 1, 20));
  });
});
