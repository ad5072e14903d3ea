import { afterEach, describe, expect, test, vi } from "vitest";
import { countWords } from "@/lib/text/words";
import { contributionSchema } from "@/lib/submissions/kinds/contribution";
import { SUMMARY_MAX_WORDS } from "@/lib/submissions/word-count";

describe("countWords", () => {
  test.each([
    // Chinese has no spaces: the old regex counter saw this sentence as 2 words
    ["zh", "信息社会世界峰会论坛于2025年7月在日内瓦举行，来自世界各地的代表参加了会议。", 21],
    ["zh", "信息社会世界峰会", 4],
    ["zh, punctuation only", "，。！？「」", 0],
    ["ar", "مشاركة أصحاب المصلحة المتعددين", 4],
    ["ar", "أصحاب المعالي، السيدات والسادة", 4],
    ["ar, Arabic-Indic digits", "في عام ٢٠٢٥", 3],
    ["ru", "Всемирная встреча на высшем уровне по вопросам информационного общества", 9],
    ["ru", "Информационно-коммуникационные технологии, т. е. ИКТ.", 5],
    ["en", "Excellencies, ladies and gentlemen.", 4],
    ["en, compounds and apostrophes", "multi-stakeholder, people's forum.", 3],
    ["en, an en dash joins", "Action Lines C1–C11 and SDGs", 5],
    ["en, a spaced dash does not", "before - after – again", 3],
    ["en, numbers", "3.5 million in 2025", 4],
    ["mixed", "WSIS 论坛 2025 在日内瓦举行 — Forum de Genève", 9],
    ["mixed", "Le SMSI (信息社会世界峰会) et l’ONU", 8],
    ["empty", "", 0],
    ["blank", " \n\t ", 0],
  ])("%s: %j has %i words", (_, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("without Intl.Segmenter (an older browser)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  test("the fallback still counts Chinese per character and Latin per word, never one for a sentence", async () => {
    vi.resetModules();
    vi.stubGlobal("Intl", { ...Intl, Segmenter: undefined });
    const { countWords: fallback } = await import("@/lib/text/words");

    expect(fallback("信息社会世界峰会")).toBe(8);
    expect(fallback("multi-stakeholder, people's forum.")).toBe(3);
    expect(fallback("مشاركة أصحاب المصلحة المتعددين")).toBe(4);
  });
});

describe("word limits in Chinese", () => {
  // 150 words of two characters each, written as Chinese is written: without spaces
  const chineseWords = (n: number) => "信息".repeat(n);

  test("a Chinese summary at the limit passes and one word over is refused", () => {
    const form = { topic: "THEMATIC_ASPECTS", title: "数字包容", body: "正文。", language: "zh", actionLines: ["C2"] };

    const at = contributionSchema("submit").safeParse({ ...form, summary: chineseWords(SUMMARY_MAX_WORDS) });
    const over = contributionSchema("submit").safeParse({ ...form, summary: chineseWords(SUMMARY_MAX_WORDS + 1) });

    expect(countWords(chineseWords(SUMMARY_MAX_WORDS))).toBe(SUMMARY_MAX_WORDS);
    expect(at.success).toBe(true);
    expect(over.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["summary", "tooManyWords"]]);
  });
});
