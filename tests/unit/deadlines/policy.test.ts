import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { assertWindowOpen, campaignDeadlines, effectiveWindow, invitationWindows, windowBlocker, windowState } from "@/lib/deadlines/policy";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const DAY = 86_400_000;
const opensAt = genevaTime(2030, 2, 1, 9, 0);
const closesAt = endOfGenevaDay(2030, 3, 31); // the night clocks go forward: 22:00 UTC
const deadline = { id: "d1", kind: "CONTRIBUTION" as const, opensAt, closesAt, modificationClosesAt: null };
const extended = ms(closesAt, 3 * DAY);

describe("the rule: open from opensAt (inclusive) to closesAt (exclusive), Geneva midnight", () => {
  test.each([
    ["1 ms before opening", ms(opensAt, -1), "NOT_OPEN_YET", "NOT_OPEN_YET"],
    ["at opening", opensAt, "OPEN", null],
    ["1 ms before closing", ms(closesAt, -1), "OPEN", null],
    ["at closing", closesAt, "CLOSED", "DEADLINE_PASSED"],
    ["1 ms after closing", ms(closesAt, 1), "CLOSED", "DEADLINE_PASSED"],
  ] as const)("%s", (_, now, state, blocker) => {
    const w = effectiveWindow(deadline, [], { userId: "u1" });

    expect(windowState(w, now)).toBe(state);
    expect(windowBlocker(w, now)).toBe(blocker);
  });

  test("the end of 31 March 2030 in Geneva is 22:00 UTC (CEST), not 23:00", () => {
    expect(closesAt.toISOString()).toBe("2030-03-31T22:00:00.000Z");
  });

  test("no window at all (no deadline row) is a passed deadline, and assertWindowOpen throws the code", () => {
    expect(windowBlocker(null, opensAt)).toBe("DEADLINE_PASSED");
    expect(() => assertWindowOpen(null, opensAt)).toThrow(new DomainError("DEADLINE_PASSED"));
    expect(() => assertWindowOpen(deadline, ms(opensAt, -1))).toThrow(new DomainError("NOT_OPEN_YET"));
    expect(() => assertWindowOpen(deadline, opensAt)).not.toThrow();
  });
});

describe("extensions: exactly the party they name", () => {
  const parties = {
    user: { userId: "u1", organisationId: null, invitationId: null },
    organisation: { userId: null, organisationId: "o1", invitationId: null },
    invitation: { userId: null, organisationId: null, invitationId: "i1" },
  } as const;

  test.each([
    ["a user", parties.user, { userId: "u1", organisationId: "o9" }, { userId: "u2", organisationId: "o9" }],
    ["an organisation (all its members)", parties.organisation, { userId: "u7", organisationId: "o1" }, { userId: "u7", organisationId: "o2" }],
    ["an invitation", parties.invitation, { invitationId: "i1" }, { invitationId: "i2" }],
  ] as const)("an extension for %s moves the close for it and nobody else", (_, ext, holder, other) => {
    const rows = [{ id: "x1", ...ext, closesAt: extended }];

    const mine = effectiveWindow(deadline, rows, holder);
    const theirs = effectiveWindow(deadline, rows, other);

    expect(mine).toMatchObject({ closesAt: extended, deadlineClosesAt: closesAt, extended: true, extension: { id: "x1", closesAt: extended } });
    expect(windowBlocker(mine, ms(closesAt, 1))).toBeNull();
    expect(windowBlocker(mine, extended)).toBe("DEADLINE_PASSED");
    expect(theirs).toMatchObject({ closesAt, extended: false, extension: null });
    expect(windowBlocker(theirs, ms(closesAt, 1))).toBe("DEADLINE_PASSED");
  });

  test("an extension earlier than the deadline is ignored (it never shortens a window)", () => {
    const w = effectiveWindow(deadline, [{ userId: "u1", closesAt: ms(closesAt, -DAY) }], { userId: "u1" });

    expect(w).toMatchObject({ closesAt, extended: false, extension: null });
  });

  test("of a user's and their organisation's extensions, the later applies", () => {
    const rows = [
      { id: "org", organisationId: "o1", closesAt: ms(closesAt, DAY) },
      { id: "own", userId: "u1", closesAt: extended },
    ];

    expect(effectiveWindow(deadline, rows, { userId: "u1", organisationId: "o1" }).extension).toEqual({ id: "own", closesAt: extended });
  });

  test("the modification deadline is never before an extended close", () => {
    const withModification = { ...deadline, modificationClosesAt: ms(closesAt, DAY) };

    expect(effectiveWindow(withModification, [{ userId: "u1", closesAt: extended }], { userId: "u1" }).modificationClosesAt).toEqual(extended);
    expect(effectiveWindow(withModification, [], { userId: "u1" }).modificationClosesAt).toEqual(ms(closesAt, DAY));
  });
});

describe("an invitation's windows", () => {
  const response = { id: "r", kind: "INVITATION_RESPONSE" as const, opensAt: null, closesAt: endOfGenevaDay(2030, 1, 15), modificationClosesAt: null };
  const statement = { id: "s", kind: "POLICY_STATEMENT" as const, opensAt: null, closesAt: endOfGenevaDay(2030, 2, 15), modificationClosesAt: null };

  test("the letter's statement deadline, or the response window when the letter has none", () => {
    const ext = [{ deadlineId: "r", invitationId: "i1", closesAt: endOfGenevaDay(2030, 1, 31) }];

    expect(invitationWindows({ id: "i1", deadlineExtensions: ext, campaign: { deadlines: [response, statement] } }).statement.closesAt).toEqual(
      statement.closesAt,
    );
    expect(invitationWindows({ id: "i1", deadlineExtensions: ext, campaign: { deadlines: [response] } }).statement.closesAt).toEqual(
      endOfGenevaDay(2030, 1, 31),
    );
  });

  test("an extension of the response deadline does not move the statement deadline, nor another invitation's", () => {
    const ext = [{ deadlineId: "r", invitationId: "i1", closesAt: endOfGenevaDay(2030, 1, 31) }];
    const campaign = { deadlines: [response, statement] };

    expect(invitationWindows({ id: "i1", deadlineExtensions: ext, campaign }).response.closesAt).toEqual(endOfGenevaDay(2030, 1, 31));
    expect(invitationWindows({ id: "i1", deadlineExtensions: ext, campaign }).statement.extended).toBe(false);
    expect(invitationWindows({ id: "i2", deadlineExtensions: ext, campaign }).response.closesAt).toEqual(response.closesAt);
  });

  test("a letter's own deadlines, as its pages show them", () => {
    expect(campaignDeadlines({ deadlines: [statement, response] })).toEqual({ response, statement });
    expect(campaignDeadlines({ deadlines: [response] })).toEqual({ response, statement: null });
  });
});
