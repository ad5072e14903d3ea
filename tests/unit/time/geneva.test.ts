import { describe, expect, test } from "vitest";
import { endOfGenevaDay, genevaParts, genevaTime } from "@/lib/time/geneva";
import { formatDeadline, formatGenevaTimeRange, genevaOffsetLabel } from "@/lib/time/format";

describe("Geneva time", () => {
  test.each([
    ["winter (CET, UTC+1)", genevaTime(2020, 1, 15, 12, 0), "2020-01-15T11:00:00.000Z"],
    ["summer (CEST, UTC+2)", genevaTime(2016, 10, 12, 16, 30), "2016-10-12T14:30:00.000Z"],
    ["the last day of CEST in 2016", genevaTime(2016, 10, 30, 1, 59), "2016-10-29T23:59:00.000Z"],
    ["the first hour of CEST in 2017", genevaTime(2017, 3, 26, 3, 0), "2017-03-26T01:00:00.000Z"],
  ])("%s", (_label, instant, iso) => {
    expect(instant.toISOString()).toBe(iso);
  });

  test("a deadline 'by 15 January 2020' ends at Geneva midnight", () => {
    expect(endOfGenevaDay(2020, 1, 15).toISOString()).toBe("2020-01-15T23:00:00.000Z");
    expect(endOfGenevaDay(2017, 2, 20).toISOString()).toBe("2017-02-20T23:00:00.000Z");
  });

  test("a deadline day that ends after the October change is 25 hours long", () => {
    const start = endOfGenevaDay(2016, 10, 29);
    const end = endOfGenevaDay(2016, 10, 30);
    expect(end.getTime() - start.getTime()).toBe(25 * 3600_000);
  });

  test("offsets and labels", () => {
    expect(genevaParts(new Date("2017-06-12T07:00:00Z")).hour).toBe(9);
    expect(genevaOffsetLabel(new Date("2017-06-12T07:00:00Z"))).toBe("UTC+02:00");
    expect(genevaOffsetLabel(new Date("2020-01-12T07:00:00Z"))).toBe("UTC+01:00");
    expect(formatGenevaTimeRange(genevaTime(2020, 4, 7, 10), genevaTime(2020, 4, 7, 11, 30), "en")).toBe("10:00–11:30 CEST (UTC+02:00)");
  });

  test("a deadline at Geneva midnight reads as the day it closes", () => {
    expect(formatDeadline(endOfGenevaDay(2020, 1, 15), "en")).toEqual({ text: "15 January 2020", endOfDay: true });
    expect(formatDeadline(endOfGenevaDay(2020, 1, 15), "fr").text).toBe("15 janvier 2020");
  });
});
