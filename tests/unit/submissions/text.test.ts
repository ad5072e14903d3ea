import { describe, expect, test } from "vitest";
import { speakerBalance } from "@/lib/submissions/balance";
import { foldText } from "@/lib/submissions/fold";
import { countWords } from "@/lib/text/words";

describe("foldText", () => {
  test("folds case, accents and punctuation so near-identical names meet", () => {
    expect(foldText("  Université de Genève — ICT4D!  ")).toBe("universite de geneve ict4d");
    expect(foldText("Ministère des Télécoms")).toBe(foldText("ministere des telecoms"));
  });

  test("keeps Arabic and Chinese letters", () => {
    expect(foldText("الاتحاد الدولي للاتصالات")).toBe("الاتحاد الدولي للاتصالات");
    expect(foldText("国际电信联盟。")).toBe("国际电信联盟");
  });
});

describe("countWords", () => {
  test.each([
    ["", 0],
    ["   ", 0],
    ["one", 1],
    ["Action Lines C1–C11 and SDGs", 5],
    ["multi-stakeholder, people's forum.", 3],
    ["مشاركة أصحاب المصلحة المتعددين", 4],
  ])("%j has %i words", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("speakerBalance", () => {
  test("counts genders and stakeholder types; women's share among declared genders", () => {
    const b = speakerBalance([
      { gender: "FEMALE", stakeholderTypeCode: "GOVERNMENT" },
      { gender: "MALE", stakeholderTypeCode: "ACADEMIA" },
      { gender: "FEMALE", stakeholderTypeCode: "GOVERNMENT" },
      { gender: "UNDISCLOSED", stakeholderTypeCode: null },
    ]);

    expect(b).toEqual({
      total: 4,
      byGender: { FEMALE: 2, MALE: 1, UNDISCLOSED: 1 },
      byStakeholderType: { GOVERNMENT: 2, ACADEMIA: 1 },
      womenPercent: 67,
      distinctStakeholderTypes: 2,
    });
  });

  test("no declared gender: no percentage", () => {
    expect(speakerBalance([{ gender: "UNDISCLOSED" }]).womenPercent).toBeNull();
    expect(speakerBalance([]).total).toBe(0);
  });
});
