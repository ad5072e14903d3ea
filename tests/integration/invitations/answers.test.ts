// Answers of the addressee against real PostgreSQL and a real SMTP server: one confirmation
// whatever the concurrency, deadlines to the millisecond in Geneva time, access by address only.
import { describe, expect, test } from "vitest";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createCampaign, createDelegate, createInvitation, threeDelegates } from "../../factories/invitations";
import { codeOf, invitationSuite } from "./suite";
import { deliverMailTo } from "../../helpers/deliver-mail";

const suite = invitationSuite({ smtp: true });
const prisma = suite.prisma;

const services = async () => ({
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/email/outbox")),
  ...(await import("@/lib/invitations/queries")),
});

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("confirming participation", () => {
  test("50 parallel confirmations of one invitation: one confirmation, one mail, no error", async () => {
    const { saveDelegation } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "SN", language: "en" });
    const delegate = await createDelegate(prisma, invitation.email);
    const now = new Date();

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, now)),
    );

    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const confirmations = await prisma.participationConfirmation.findMany({ where: { invitationId: invitation.id }, include: { members: true } });
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0].state).toBe("SUBMITTED");
    expect(confirmations[0].members).toHaveLength(3);
    expect(new Set(results.map((r) => (r.status === "fulfilled" ? r.value.reference : "")))).toEqual(new Set([confirmations[0].reference]));
    expect(await prisma.outboxMessage.count({ where: { to: invitation.email } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: invitation.id, action: "invitation.confirmed" } })).toBe(1);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("CONFIRMED");

    await deliverMailTo(prisma, invitation.email);
    const mail = await suite.smtp.waitFor(invitation.email, { subject: /Participation confirmed/ });
    expect(mail.subject).toBe(`Participation confirmed: ${confirmations[0].reference}`);
    expect(mail.text).toContain("Amina Diallo, Minister of ICT (Woman, On site in Geneva) — head of delegation");
    expect(mail.text).toContain(`/en/invitations/${invitation.id}/receipt`);
    expect(suite.smtp.to(invitation.email)).toHaveLength(1);
  });

  test("a draft keeps the invitation open; submitting confirms; later edits stay confirmed and need a head", async () => {
    const { saveDelegation } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "FR" });
    const delegate = await createDelegate(prisma, invitation.email);
    const now = new Date();

    await saveDelegation(delegate, invitation.id, { intent: "draft", members: threeDelegates.slice(0, 1) }, now);
    const draft = await prisma.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id } });
    expect([draft.state, (await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status]).toEqual(["DRAFT", "VIEWED"]);
    expect(await prisma.outboxMessage.count({ where: { to: invitation.email } })).toBe(0);

    await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, now);
    await saveDelegation(delegate, invitation.id, { intent: "draft", members: threeDelegates.slice(0, 2) }, now);

    const after = await prisma.participationConfirmation.findUniqueOrThrow({
      where: { invitationId: invitation.id },
      include: { members: { orderBy: { position: "asc" } } },
    });
    expect(after.state).toBe("SUBMITTED");
    expect(after.reference).toBe(draft.reference);
    expect(after.members.map((m) => [m.name, m.isHead])).toEqual([
      ["Amina Diallo", true],
      ["Li Wei", false],
    ]);
    const emptied = saveDelegation(delegate, invitation.id, { intent: "draft", members: [] }, now);
    await expect(emptied).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { members: ["headRequired"] } });
  });

  test("declining records the answer, clears the delegation and mails a receipt", async () => {
    const { saveDelegation, declineInvitation } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "EG", language: "fr" });
    const delegate = await createDelegate(prisma, invitation.email);
    await saveDelegation(delegate, invitation.id, { intent: "draft", members: threeDelegates }, new Date());

    await declineInvitation(delegate, invitation.id, "Budget constraints", new Date());

    const c = await prisma.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id }, include: { members: true } });
    expect([c.decision, c.state, c.declineReason, c.members.length]).toEqual(["DECLINED", "SUBMITTED", "Budget constraints", 0]);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("DECLINED");
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: invitation.email } });
    expect(mail.language).toBe("fr");
    expect(mail.template).toBe("invitation-declined");
    expect(mail.text).toContain(c.reference);
  });
});

test("after a submitted decline, a 'draft' of a delegation is a reply again: it confirms (or needs its head)", async () => {
  const { saveDelegation, declineInvitation } = await services();
  const campaign = await createCampaign(prisma);
  const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "MA" });
  const delegate = await createDelegate(prisma, invitation.email);
  await declineInvitation(delegate, invitation.id, undefined, new Date());

  expect(await codeOf(saveDelegation(delegate, invitation.id, { intent: "draft", members: [] }, new Date()))).toBe("VALIDATION");
  await saveDelegation(delegate, invitation.id, { intent: "draft", members: threeDelegates }, new Date());

  const c = await prisma.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id } });
  expect([c.decision, c.state]).toEqual(["ATTENDING", "SUBMITTED"]);
  expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("CONFIRMED");
});

describe("deadlines (exclusive, checked in the transaction, Geneva time)", () => {
  // 15 January 2099 ends at 23:00 UTC (CET)
  const deadline = endOfGenevaDay(2099, 1, 15);

  test.each([
    ["one millisecond before the deadline", -1, "OK"],
    ["at the deadline", 0, "DEADLINE_PASSED"],
    ["one millisecond after the deadline", 1, "DEADLINE_PASSED"],
  ])("%s: %s", async (_label, delta, expected) => {
    const { saveDelegation } = await services();
    const campaign = await createCampaign(prisma, { responseDeadline: deadline });
    const { invitation } = await createInvitation(prisma, campaign);
    const delegate = await createDelegate(prisma, invitation.email);

    const code = await codeOf(saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, ms(deadline, delta)));

    expect(code).toBe(expected);
    expect(await prisma.participationConfirmation.count({ where: { invitationId: invitation.id } })).toBe(expected === "OK" ? 1 : 0);
  });

  test("an extension across the daylight-saving change opens the window until Geneva midnight (CEST) for that invitation only", async () => {
    const { saveDelegation, declineInvitation } = await services();
    const campaign = await createCampaign(prisma, { responseDeadline: endOfGenevaDay(2099, 3, 15) });
    // clocks go forward on 29 March 2099: the end of 30 March in Geneva is 22:00 UTC
    const extended = endOfGenevaDay(2099, 3, 30);
    expect(extended.toISOString()).toBe("2099-03-30T22:00:00.000Z");
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "JP", deadlineExtendedTo: extended });
    const { invitation: other } = await createInvitation(prisma, campaign, { memberStateCode: "KE" });
    const delegate = await createDelegate(prisma, invitation.email);
    const otherDelegate = await createDelegate(prisma, other.email);

    expect(await codeOf(saveDelegation(delegate, invitation.id, { intent: "draft", members: [] }, ms(extended, -1)))).toBe("OK");
    expect(await codeOf(declineInvitation(delegate, invitation.id, undefined, extended))).toBe("DEADLINE_PASSED");
    expect(await codeOf(declineInvitation(otherDelegate, other.id, undefined, new Date("2099-03-20T12:00:00Z")))).toBe("DEADLINE_PASSED");
  });
});

describe("access by address", () => {
  test("a forwarded link used by another address is refused as if the invitation did not exist", async () => {
    const { saveDelegation, declineInvitation, markInvitationViewed, getInvitationForAddressee } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "BR" });
    const colleague = await createDelegate(prisma, `colleague-${invitation.email}`);

    expect(await getInvitationForAddressee(invitation.id, colleague.email)).toBeNull();
    expect(await codeOf(saveDelegation(colleague, invitation.id, { intent: "submit", members: threeDelegates }, new Date()))).toBe("NOT_FOUND");
    expect(await codeOf(declineInvitation(colleague, invitation.id, undefined, new Date()))).toBe("NOT_FOUND");
    expect(await markInvitationViewed(colleague, invitation.id, new Date())).toBe(false);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("SENT");
  });

  test("a delegate cannot read or answer another Member State's invitation by guessing its id", async () => {
    const { saveDelegation, getInvitationForAddressee } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation: mine } = await createInvitation(prisma, campaign, { memberStateCode: "AR" });
    const { invitation: theirs } = await createInvitation(prisma, campaign, { memberStateCode: "CL" });
    const me = await createDelegate(prisma, mine.email);

    expect(await getInvitationForAddressee(mine.id, me.email)).not.toBeNull();
    expect(await getInvitationForAddressee(theirs.id, me.email)).toBeNull();
    expect(await getInvitationForAddressee("c000000000000000000000000", me.email)).toBeNull();
    expect(await codeOf(saveDelegation(me, theirs.id, { intent: "submit", members: threeDelegates }, new Date()))).toBe("NOT_FOUND");
    expect(await codeOf(saveDelegation(me, "no-such-invitation", { intent: "submit", members: threeDelegates }, new Date()))).toBe("NOT_FOUND");
    expect(await prisma.participationConfirmation.count({ where: { invitationId: theirs.id } })).toBe(0);
  });

  test("an invitation not sent yet is invisible to its addressee; a revoked one is shown but cannot be answered", async () => {
    const { saveDelegation, getInvitationForAddressee } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation: unsent } = await createInvitation(prisma, campaign, { memberStateCode: "IN", status: "NOT_SENT" });
    const { invitation: revoked } = await createInvitation(prisma, campaign, { memberStateCode: "ID", status: "REVOKED" });

    expect(await getInvitationForAddressee(unsent.id, unsent.email)).toBeNull();
    expect(await codeOf(saveDelegation(await createDelegate(prisma, unsent.email), unsent.id, { intent: "draft", members: [] }, new Date()))).toBe("NOT_FOUND");
    expect((await getInvitationForAddressee(revoked.id, revoked.email))?.status).toBe("REVOKED");
    expect(await codeOf(saveDelegation(await createDelegate(prisma, revoked.email), revoked.id, { intent: "draft", members: [] }, new Date()))).toBe(
      "INVALID_STATE",
    );
  });

  test("'viewed' is recorded once, for the signed-in addressee only", async () => {
    const { markInvitationViewed } = await services();
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "MX" });
    const delegate = await createDelegate(prisma, invitation.email.toUpperCase());
    const first = new Date("2099-01-02T10:00:00Z");

    expect(await markInvitationViewed(delegate, invitation.id, first)).toBe(true);
    expect(await markInvitationViewed(delegate, invitation.id, new Date("2099-01-03T10:00:00Z"))).toBe(false);

    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect([row.status, row.viewedAt?.toISOString()]).toEqual(["VIEWED", first.toISOString()]);
  });
});
