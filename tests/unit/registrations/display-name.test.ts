import { describe, expect, test } from "vitest";
import ar from "@/lib/i18n/messages/enums.ar.json" with { type: "json" };
import en from "@/lib/i18n/messages/enums.en.json" with { type: "json" };
import zh from "@/lib/i18n/messages/enums.zh.json" with { type: "json" };
import { nameWithHonorific } from "@/lib/registrations/display-name";

describe("a name with its honorific", () => {
  test("before the name in English and Arabic, after it in Chinese", () => {
    expect(nameWithHonorific("MS", en.Enum.Honorific.MS, "Amina Otieno", "en")).toBe("Ms Amina Otieno");
    expect(nameWithHonorific("MS", ar.Enum.Honorific.MS, "Amina Otieno", "ar")).toBe("السيدة Amina Otieno");
    expect(nameWithHonorific("MS", zh.Enum.Honorific.MS, "Amina Otieno", "zh")).toBe("Amina Otieno女士");
  });

  test("no gendered title (MX) prints none, in any language", () => {
    for (const [locale, messages] of [
      ["en", en],
      ["ar", ar],
      ["zh", zh],
    ] as const)
      expect(nameWithHonorific("MX", messages.Enum.Honorific.MX, "Sam Lee", locale)).toBe("Sam Lee");
  });
});
