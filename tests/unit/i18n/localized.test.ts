import { describe, expect, test } from "vitest";
import { localize, localizedTextSchema } from "@/lib/i18n/localized";

describe("texts stored per language", () => {
  const title = { en: "Opening", fr: "Ouverture", ar: "الافتتاح" };

  test("the page's language when it exists", () => {
    expect(localize(title, "fr")).toEqual({ text: "Ouverture", lang: "fr", fallback: false });
    expect(localize(title, "ar")).toEqual({ text: "الافتتاح", lang: "ar", fallback: false });
  });

  test("English, marked as a fallback, when the language is missing or blank", () => {
    expect(localize(title, "zh")).toEqual({ text: "Opening", lang: "en", fallback: true });
    expect(localize({ ...title, ru: "  " }, "ru")).toEqual({ text: "Opening", lang: "en", fallback: true });
    expect(localize(title, "en")).toEqual({ text: "Opening", lang: "en", fallback: false });
  });

  test("a malformed value reads as empty, never throws", () => {
    expect(localize(null, "en").text).toBe("");
    expect(localize("Opening", "fr")).toEqual({ text: "", lang: "en", fallback: true });
  });

  test("writing requires English", () => {
    expect(localizedTextSchema.safeParse({ fr: "Ouverture" }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: "Opening" }).success).toBe(true);
  });
});
