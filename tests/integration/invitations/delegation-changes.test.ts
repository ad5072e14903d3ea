// Changes to a confirmed delegation, against real PostgreSQL and a real SMTP server: the first
// confirmation time is kept, each change is audited (the admin page's history) and mailed with the
// new delegation, and the mails give the date until which the answer may still change.
import { describe, expect, test } from "vitest";
import { formatDeadline } from "@/lib/time/format";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createUser } from "../../factories/core";
import { createCampaign, createDelegate, createInvitation, threeDelegates } from "../../factories/invitations";
import { asSecretariat } from "../../helpers/secretariat";
import { invitationSuite } from "./suite";
import { deliverMailTo } from "../../helpers/deliver-mail";

const suite = invitationSuite({ smtp: true });
const prisma = suite.prisma;

const services = async () => ({
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/invitations/queries")),
  ...(await import("@/lib/email/outbox")),
});

const first = new Date("2099-01-05T09:00:00Z");
const later = new Date("2099-01-08T14:30:00Z");

describe("changing a confirmed delegation", () => {
  test("keeps the first confirmation time, audits the change and mails the new delegation (English)", async () => {
    const { saveDelegation, getInvitationForAdmin } = await services();
    const campaign = await createCampaign(prisma, { responseDeadline: endOfGenevaDay(2099, 1, 15) });
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "GH", language: "en" });
    const delegate = await createDelegate(prisma, invitation.email);
    await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates.slice(0, 2) }, first);

    await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, later);
    // the same delegation saved again (a double click, a second tab): no change, no mail
    await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, later);

    const c = await prisma.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id }, include: { members: true } });
    const inv = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect([c.submittedAt?.toISOString(), inv.respondedAt?.toISOString(), c.members.length]).toEqual([first.toISOString(), first.toISOString(), 3]);
    const changes = await prisma.auditEntry.findMany({ where: { entityId: invitation.id, action: { startsWith: "invitation." } }, orderBy: { id: "asc" } });
    expect(changes.map((a) => a.action)).toEqual(["invitation.confirmed", "invitation.delegation_changed"]);
    expect(changes[1]!.data).toEqual({
      reference: c.reference,
      before: ["Amina Diallo (Minister of ICT)", "Li Wei (Adviser)"],
      after: ["Amina Diallo (Minister of ICT)", "Li Wei (Adviser)", "Sara Haddad (Director of Telecommunications)"],
    });
    const secretariat = asSecretariat(await createUser(prisma, { role: "SECRETARIAT" }));
    expect((await getInvitationForAdmin(secretariat, invitation.id))?.history.map((h) => h.action)).toContain("invitation.delegation_changed");

    await deliverMailTo(prisma, invitation.email);
    const confirmed = await suite.smtp.waitFor(invitation.email, { subject: /Participation confirmed/ });
    expect(confirmed.text).toContain("You can change the delegation until 15 January 2099 (Geneva time).");
    const updated = await suite.smtp.waitFor(invitation.email, { subject: /Delegation updated/ });
    expect(updated.subject).toBe(`Delegation updated: ${c.reference}`);
    expect(updated.text).toContain("Delegation now (3 members):");
    expect(updated.text).toContain("Sara Haddad, Director of Telecommunications (Woman, On site in Geneva)");
    expect(updated.text).toContain("You can change the delegation until 15 January 2099 (Geneva time).");
    expect(suite.smtp.to(invitation.email)).toHaveLength(2);
  });

  test("in Arabic, with the invitation's own extension as the date; a decline gives its date too", async () => {
    const { saveDelegation, declineInvitation } = await services();
    const campaign = await createCampaign(prisma, { responseDeadline: endOfGenevaDay(2099, 1, 15) });
    const extended = endOfGenevaDay(2099, 1, 22);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "JO", language: "ar", deadlineExtendedTo: extended });
    const delegate = await createDelegate(prisma, invitation.email);
    await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, first);

    await saveDelegation(delegate, invitation.id, { intent: "submit", members: [threeDelegates[2]!, threeDelegates[0]!] }, later);
    await declineInvitation(delegate, invitation.id, undefined, later);
    await deliverMailTo(prisma, invitation.email);

    const date = formatDeadline(extended, "ar").text;
    const updated = await suite.smtp.waitFor(invitation.email, { subject: /^تم تعديل الوفد/ });
    expect(updated.text).toContain(`يمكنكم تعديل الوفد حتى ${date} (بتوقيت جنيف).`);
    expect(updated.text?.indexOf("Sara Haddad")).toBeLessThan(updated.text?.indexOf("Amina Diallo") ?? 0);
    expect(updated.html).toContain('dir="rtl"');
    const declined = await suite.smtp.waitFor(invitation.email, { subject: /^تم تسجيل الرد/ });
    expect(declined.text).toContain(`يمكنكم تعديل هذا الرد حتى ${date} (بتوقيت جنيف).`);
    // a new answer (the other decision) is a new reply: its time is recorded
    const c = await prisma.participationConfirmation.findUniqueOrThrow({ where: { invitationId: invitation.id } });
    expect(c.submittedAt?.toISOString()).toBe(later.toISOString());
  });
});
