import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { assertWindowOpen, effectiveWindow, windowState } from "@/lib/deadlines/policy";
import type { Window as DeadlineWindow } from "@/lib/deadlines/types";
import { modificationBlocker, withdrawalBlocker } from "@/lib/submissions/policy";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const opensAt = genevaTime(2016, 9, 1);
const closesAt = endOfGenevaDay(2017, 2, 20);
const deadline = { id: "d1", kind: "CONTRIBUTION" as const, opensAt, closesAt, modificationClosesAt: null };
const party = { userId: "u1", organisationId: "o1" };
const plain = effectiveWindow(deadline, [], party);

describe("windowState", () => {
  test.each([
    ["1 ms before opening", ms(opensAt, -1), "NOT_OPEN_YET"],
    ["at opening", opensAt, "OPEN"],
    ["1 ms before closing", ms(closesAt, -1), "OPEN"],
    ["at closing (exclusive)", closesAt, "CLOSED"],
    ["1 ms after closing", ms(closesAt, 1), "CLOSED"],
  ] as const)("%s", (_, now, expected) => {
    expect(windowState(plain, now)).toBe(expected);
  });

  test("20 February 2017 is a whole Geneva day: closes at 23:00 UTC (CET)", () => {
    expect(closesAt.toISOString()).toBe("2017-02-20T23:00:00.000Z");
  });

  test("a window closing on the day clocks go forward closes at Geneva midnight (CEST), not an hour later", () => {
    const dst = { ...deadline, opensAt: genevaTime(2027, 3, 1), closesAt: endOfGenevaDay(2027, 3, 28) };
    const w = effectiveWindow(dst, [], party);

    expect(w.closesAt.toISOString()).toBe("2027-03-28T22:00:00.000Z");
    expect(windowState(w, new Date("2027-03-28T21:59:59.999Z"))).toBe("OPEN");
    expect(windowState(w, new Date("2027-03-28T22:00:00.000Z"))).toBe("CLOSED");
  });

  test("a window with no opening instant is open from the start", () => {
    expect(windowState({ opensAt: null, closesAt }, new Date(0))).toBe("OPEN");
  });
});

describe("effectiveWindow", () => {
  const extended = ms(closesAt, 3 * 86_400_000);

  test("a user's extension moves their closing instant only", () => {
    const ext = [{ userId: "u1", organisationId: null, closesAt: extended }];

    expect(effectiveWindow(deadline, ext, party)).toMatchObject({ closesAt: extended, extended: true });
    expect(effectiveWindow(deadline, ext, { userId: "u2", organisationId: "o1" })).toMatchObject({ closesAt, extended: false });
  });

  test("an organisation's extension applies to each of its members", () => {
    const ext = [{ userId: null, organisationId: "o1", closesAt: extended }];

    expect(effectiveWindow(deadline, ext, { userId: "u9", organisationId: "o1" }).closesAt).toEqual(extended);
    expect(effectiveWindow(deadline, ext, { userId: "u9", organisationId: null }).closesAt).toEqual(closesAt);
  });

  test("the latest of several extensions wins, and an earlier one never shortens the deadline", () => {
    const ext = [
      { userId: "u1", organisationId: null, closesAt: ms(closesAt, -86_400_000) },
      { userId: null, organisationId: "o1", closesAt: extended },
    ];

    expect(effectiveWindow(deadline, ext, party).closesAt).toEqual(extended);
    expect(effectiveWindow(deadline, [ext[0]!], party)).toMatchObject({ closesAt, extended: false });
  });

  test("with an extension the boundary is exclusive at the extended instant", () => {
    const w = effectiveWindow(deadline, [{ userId: "u1", organisationId: null, closesAt: extended }], party);

    expect(windowState(w, ms(extended, -1))).toBe("OPEN");
    expect(windowState(w, extended)).toBe("CLOSED");
  });
});

describe("assertWindowOpen", () => {
  const codeOf = (w: DeadlineWindow | null, now: Date) => {
    try {
      assertWindowOpen(w, now);
      return null;
    } catch (e) {
      return e instanceof DomainError ? e.code : "other";
    }
  };

  test("maps each state to its error code", () => {
    expect(codeOf(plain, ms(opensAt, -1))).toBe("NOT_OPEN_YET");
    expect(codeOf(plain, opensAt)).toBeNull();
    expect(codeOf(plain, closesAt)).toBe("DEADLINE_PASSED");
    expect(codeOf(null, opensAt)).toBe("DEADLINE_PASSED");
  });
});

describe("modification and withdrawal", () => {
  const withModification = effectiveWindow({ ...deadline, modificationClosesAt: ms(closesAt, 86_400_000) }, [], party);
  const draft = { status: "DRAFT" as const, revisionDueAt: null };
  const submitted = { status: "SUBMITTED" as const, revisionDueAt: null };

  test("drafts and submitted items can be changed and withdrawn until the deadline, not after", () => {
    expect(modificationBlocker(draft, plain, ms(closesAt, -1))).toBeNull();
    expect(modificationBlocker(submitted, plain, ms(closesAt, -1))).toBeNull();
    expect(modificationBlocker(submitted, plain, closesAt)).toBe("DEADLINE_PASSED");
    expect(withdrawalBlocker(submitted, plain, ms(closesAt, -1))).toBeNull();
    expect(withdrawalBlocker(submitted, plain, closesAt)).toBe("DEADLINE_PASSED");
  });

  test("a modification deadline lets submitted items (not drafts) be edited after closing", () => {
    expect(modificationBlocker(submitted, withModification, ms(closesAt, 1000))).toBeNull();
    expect(modificationBlocker(draft, withModification, ms(closesAt, 1000))).toBe("DEADLINE_PASSED");
    expect(modificationBlocker(submitted, withModification, withModification.modificationClosesAt!)).toBe("DEADLINE_PASSED");
  });

  test("revisions requested: editable until the reviewer's date, whatever the window", () => {
    const due = ms(closesAt, 10 * 86_400_000);
    const revising = { status: "REVISIONS_REQUESTED" as const, revisionDueAt: due };

    expect(modificationBlocker(revising, plain, ms(due, -1))).toBeNull();
    expect(modificationBlocker(revising, plain, due)).toBe("DEADLINE_PASSED");
  });

  test("decided and withdrawn items cannot be changed", () => {
    for (const status of ["ACCEPTED", "DECLINED", "WITHDRAWN", "MERGED", "DUPLICATE"] as const) {
      expect(modificationBlocker({ status, revisionDueAt: null }, plain, opensAt)).toBe("INVALID_STATE");
      expect(withdrawalBlocker({ status, revisionDueAt: null }, plain, opensAt)).toBe("INVALID_STATE");
    }
  });
});
