import { describe, expect, test } from "vitest";
import { canDelegateEdit, canMarkStatement, canPublishStatement, compareProtocolOrder, STATEMENT_WORD_LIMIT } from "@/lib/policy-statements/policy";
import { countWords } from "@/lib/text/words";
import { requestStatementSchema, statementTextSchema } from "@/lib/policy-statements/schemas";

const at = (s: string) => new Date(`2020-01-0${s}T10:00:00Z`);

describe("policy statements", () => {
  test("protocol order: category first, then time of request", () => {
    const list = [
      { id: "other-early", protocolCategory: "OTHER" as const, requestedAt: at("1") },
      { id: "minister-late", protocolCategory: "MINISTER" as const, requestedAt: at("5") },
      { id: "head-of-state", protocolCategory: "HEAD_OF_STATE_OR_GOVERNMENT" as const, requestedAt: at("9") },
      { id: "minister-early", protocolCategory: "MINISTER" as const, requestedAt: at("2") },
      { id: "ambassador", protocolCategory: "AMBASSADOR_OR_HEAD_OF_REGULATOR" as const, requestedAt: at("1") },
      { id: "deputy", protocolCategory: "DEPUTY_MINISTER" as const, requestedAt: at("3") },
    ];

    expect([...list].sort(compareProtocolOrder).map((s) => s.id)).toEqual([
      "head-of-state",
      "minister-early",
      "minister-late",
      "deputy",
      "ambassador",
      "other-early",
    ]);
  });

  test("words are counted in every script, punctuation aside", () => {
    expect(countWords("Excellencies, ladies and gentlemen.")).toBe(4);
    expect(countWords("أصحاب المعالي، السيدات والسادة")).toBe(4);
    expect(countWords("")).toBe(0);
    expect(countWords("信息社会世界峰会")).toBeGreaterThan(1);
  });

  test("the word limit is enforced at the limit and one word over", () => {
    expect(statementTextSchema.safeParse({ text: "word ".repeat(STATEMENT_WORD_LIMIT) }).success).toBe(true);
    const over = statementTextSchema.safeParse({ text: "word ".repeat(STATEMENT_WORD_LIMIT + 1) });
    expect(over.error?.issues.map((i) => i.message)).toEqual(["wordLimit"]);
  });

  test("a request needs a speaker, a title, a protocol category and a language", () => {
    const r = requestStatementSchema.safeParse({ speakerName: "", speakerTitle: "<i>x</i>", protocolCategory: "KING", language: "xx" });

    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      speakerName: "required",
      speakerTitle: "noMarkup",
      protocolCategory: "choice",
      language: "choice",
    });
  });

  test("state rules for the delegation and the secretariat", () => {
    expect(canDelegateEdit("SCHEDULED")).toBe(true);
    expect(canDelegateEdit("DELIVERED")).toBe(false);
    expect(canMarkStatement("REQUESTED", "SCHEDULED")).toBe(false);
    expect(canMarkStatement("SUBMITTED", "SCHEDULED")).toBe(true);
    expect(canMarkStatement("SCHEDULED", "DELIVERED")).toBe(true);
    expect(canMarkStatement("DELIVERED", "SCHEDULED")).toBe(false);
    expect(canPublishStatement({ status: "SUBMITTED", hasContent: true, publishedAt: null })).toBe(true);
    expect(canPublishStatement({ status: "REQUESTED", hasContent: false, publishedAt: null })).toBe(false);
    expect(canPublishStatement({ status: "DELIVERED", hasContent: true, publishedAt: new Date() })).toBe(false);
  });
});
