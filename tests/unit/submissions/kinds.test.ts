import { describe, expect, test } from "vitest";
import { SubmissionKind } from "@/lib/generated/prisma/enums";
import { deadlineKindOf, submissionKinds } from "@/lib/submissions/kinds";

describe("the registry of submission kinds", () => {
  test("every kind is registered under its own name, with a deadline and a reference letter of its own", () => {
    const kinds = Object.values(SubmissionKind);

    expect(Object.keys(submissionKinds).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(submissionKinds[kind].kind).toBe(kind);
    const letters = kinds.map((kind) => submissionKinds[kind].letter);
    expect(new Set(letters).size).toBe(kinds.length);
    for (const letter of letters) expect(letter).toMatch(/^[A-Z]$/);
  });

  test("each consultation kind has the deadline of the same name", () => {
    expect(Object.fromEntries(Object.values(SubmissionKind).map((kind) => [kind, deadlineKindOf(kind)]))).toEqual({
      CONTRIBUTION: "CONTRIBUTION",
      WORKSHOP_REQUEST: "WORKSHOP_REQUEST",
      FACILITATOR_NOMINATION: "FACILITATOR_NOMINATION",
      REGIONAL_INPUT: "REGIONAL_INPUT",
    });
  });
});
