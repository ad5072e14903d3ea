import { describe, expect, test } from "vitest";
import { formatList } from "@/lib/i18n/lists";

describe("formatList: lists in the page's language", () => {
  test("English the UN way, Arabic and Chinese with their own separators", () => {
    expect(formatList(["French", "Spanish", "Arabic"], "en")).toBe("French, Spanish and Arabic");
    expect(formatList(["أ", "ب", "ج"], "ar")).toBe("أ وب وج");
    expect(formatList(["甲", "乙", "丙"], "zh")).toBe("甲、乙和丙");
  });
});
