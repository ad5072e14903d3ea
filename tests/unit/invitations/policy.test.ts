import { describe, expect, test } from "vitest";
import {
  canAnswer,
  canApply,
  canViewInvitation,
  confirmationReference,
  genderBalance,
  isResponseOpen,
  isStatementOpen,
  responseClosesAt,
  statementClosesAt,
  statusAfterAnswer,
  statusAfterMailing,
} from "@/lib/invitations/policy";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";

// CL-19/59: confirm by 15 January 2020, i.e. before 16 January 00:00 in Geneva (CET, UTC+1)
const deadline = endOfGenevaDay(2020, 1, 15);
// an invitation as the queries select it: its campaign's Deadline rows and its own extensions
const invitation = (deadlineExtendedTo: Date | null = null, statementDeadline: Date | null = null) => ({
  id: "inv1",
  deadlineExtensions: deadlineExtendedTo ? [{ deadlineId: "response", invitationId: "inv1", closesAt: deadlineExtendedTo }] : [],
  campaign: {
    deadlines: [
      { id: "response", kind: "INVITATION_RESPONSE" as const, opensAt: null, closesAt: deadline, modificationClosesAt: null },
      ...(statementDeadline
        ? [{ id: "statement", kind: "POLICY_STATEMENT" as const, opensAt: null, closesAt: statementDeadline, modificationClosesAt: null }]
        : []),
    ],
  },
});
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("response deadline (exclusive, Geneva time, per-invitation extension)", () => {
  test("the campaign deadline is the first instant of 16 January in Geneva", () => {
    expect(deadline.toISOString()).toBe("2020-01-15T23:00:00.000Z");
  });

  test.each([
    ["one millisecond before", -1, true],
    ["at the deadline", 0, false],
    ["one millisecond after", 1, false],
  ])("%s the deadline: open = %s", (_label, delta, open) => {
    expect(isResponseOpen(invitation(), ms(deadline, delta))).toBe(open);
  });

  test("an extension replaces the campaign deadline for that invitation only", () => {
    const extended = endOfGenevaDay(2020, 1, 31);

    expect(responseClosesAt(invitation(extended))).toEqual(extended);
    expect(isResponseOpen(invitation(extended), ms(deadline, 1))).toBe(true);
    expect(isResponseOpen(invitation(extended), ms(extended, -1))).toBe(true);
    expect(isResponseOpen(invitation(extended), extended)).toBe(false);
    expect(isResponseOpen(invitation(), ms(deadline, 1))).toBe(false);
  });

  test("an extension across the spring daylight-saving change ends at Geneva midnight (CEST)", () => {
    // clocks go forward on 29 March 2020: the end of 30 March is 22:00 UTC, not 23:00
    const extended = endOfGenevaDay(2020, 3, 30);

    expect(extended.toISOString()).toBe("2020-03-30T22:00:00.000Z");
    expect(isResponseOpen(invitation(extended), new Date("2020-03-30T21:59:59.999Z"))).toBe(true);
    expect(isResponseOpen(invitation(extended), new Date("2020-03-30T22:00:00.000Z"))).toBe(false);
  });

  test("the statement deadline is the campaign's, or the response deadline when it has none", () => {
    const statement = genevaTime(2020, 2, 1);

    expect(statementClosesAt(invitation(null, statement))).toEqual(statement);
    expect(statementClosesAt(invitation())).toEqual(deadline);
    expect(isStatementOpen(invitation(null, statement), ms(statement, -1))).toBe(true);
    expect(isStatementOpen(invitation(null, statement), statement)).toBe(false);
  });
});

describe("who sees an invitation", () => {
  test("the addressee, whatever the case of the address, once the invitation was sent", () => {
    expect(canViewInvitation({ email: "minister@gov.example", status: "SENT" }, "Minister@Gov.Example")).toBe(true);
    expect(canViewInvitation({ email: "minister@gov.example", status: "REVOKED" }, "minister@gov.example")).toBe(true);
  });

  test("nobody else, and nobody before it was sent", () => {
    expect(canViewInvitation({ email: "minister@gov.example", status: "SENT" }, "colleague@gov.example")).toBe(false);
    expect(canViewInvitation({ email: "minister@gov.example", status: "NOT_SENT" }, "minister@gov.example")).toBe(false);
  });

  test("a revoked invitation cannot be answered; a declined one can still change its answer", () => {
    expect(canAnswer("REVOKED")).toBe(false);
    expect(canAnswer("NOT_SENT")).toBe(false);
    expect(canAnswer("DECLINED")).toBe(true);
    expect(canAnswer("CONFIRMED")).toBe(true);
  });
});

describe("secretariat transitions", () => {
  test.each([
    ["send", "NOT_SENT", true],
    ["send", "SENT", false],
    ["resend", "NOT_SENT", false],
    ["resend", "BOUNCED", true],
    ["resend", "REVOKED", false],
    ["revoke", "CONFIRMED", true],
    ["revoke", "REVOKED", false],
    ["markBounced", "SENT", true],
    ["markBounced", "VIEWED", false],
    ["changeEmail", "CONFIRMED", false],
    ["changeEmail", "BOUNCED", true],
    ["extend", "REVOKED", false],
  ] as const)("%s from %s: %s", (command, status, allowed) => {
    expect(canApply(command, status)).toBe(allowed);
  });

  test("mailing a bounced or unsent invitation makes it SENT; other states are kept", () => {
    expect(statusAfterMailing("NOT_SENT")).toBe("SENT");
    expect(statusAfterMailing("BOUNCED")).toBe("SENT");
    expect(statusAfterMailing("CONFIRMED")).toBe("CONFIRMED");
  });

  test("an answer sets CONFIRMED or DECLINED; a draft only shows the invitation was opened", () => {
    expect(statusAfterAnswer("VIEWED", { decision: "ATTENDING", state: "SUBMITTED" })).toBe("CONFIRMED");
    expect(statusAfterAnswer("CONFIRMED", { decision: "DECLINED", state: "SUBMITTED" })).toBe("DECLINED");
    expect(statusAfterAnswer("SENT", { decision: "ATTENDING", state: "DRAFT" })).toBe("VIEWED");
    expect(statusAfterAnswer("CONFIRMED", { decision: "ATTENDING", state: "DRAFT" })).toBe("CONFIRMED");
  });
});

describe("gender balance and references", () => {
  test("counts women among the people named", () => {
    expect(genderBalance([{ gender: "FEMALE" }, { gender: "MALE" }, { gender: "FEMALE" }])).toEqual({ total: 3, women: 2, share: 2 / 3 });
    expect(genderBalance([])).toEqual({ total: 0, women: 0, share: 0 });
    expect(genderBalance([{ gender: "" }, { gender: "UNDISCLOSED" }])).toEqual({ total: 2, women: 0, share: 0 });
  });

  test("a reference names the edition and the Member State, with unambiguous characters", () => {
    expect(confirmationReference(2020, "ch", new Uint8Array([0, 1, 31, 32]))).toBe("WSIS2020-CH-23Z2");
  });
});
