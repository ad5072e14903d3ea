import { describe, expect, test } from "vitest";
import { genevaTime } from "@/lib/time/geneva";
import { formatGenevaDateTime, formatGenevaTimeRange, genevaZoneLabel } from "@/lib/time/format";

describe("the Geneva zone label in right-to-left text", () => {
  const winter = genevaTime(2020, 1, 15, 12, 0);

  test("Arabic isolates 'CET (UTC+01:00)' as left-to-right text, so its parentheses stay in place", () => {
    expect(genevaZoneLabel(winter, "ar")).toBe("\u2066CET (UTC+01:00)\u2069");
    expect(formatGenevaDateTime(winter, "ar").endsWith(" \u2066CET (UTC+01:00)\u2069")).toBe(true);
    expect(formatGenevaTimeRange(genevaTime(2020, 4, 7, 10), genevaTime(2020, 4, 7, 11, 30), "ar")).toBe("10:00–11:30 \u2066CEST (UTC+02:00)\u2069");
  });

  test.each(["en", "fr", "es", "ru", "zh"] as const)("%s (left to right) needs no isolate", (locale) => {
    expect(genevaZoneLabel(winter, locale)).toBe("CET (UTC+01:00)");
    expect(formatGenevaDateTime(winter, locale)).not.toMatch(/[\u2066-\u2069]/);
  });
});
