// The confirmed roster and the members' own registrations in step (real PostgreSQL and SMTP):
// each member with an address is invited to register once, whatever the number of saves.
import { describe, expect, test } from "vitest";
import { createCampaign, createDelegate, createInvitation, threeDelegates } from "../../factories/invitations";
import { uniqueEmail } from "../../helpers/database";
import { invitationSuite } from "../invitations/suite";
import { createRegistration, ensureStakeholderTypes } from "./admin-support";
import { deliverMailTo } from "../../helpers/deliver-mail";

const suite = invitationSuite({ smtp: true });
const prisma = suite.prisma;

const services = async () => ({
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/registrations/roster")),
  ...(await import("@/lib/email/outbox")),
});

describe("the roster and the registrations", () => {
  test("confirming a delegation mails each member with an address, once, even after further saves; the roster shows who registered", async () => {
    const { saveDelegation, getDelegationRoster, findDelegationSeat } = await services();
    await ensureStakeholderTypes(prisma);
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "SN", language: "fr" });
    const delegate = await createDelegate(prisma, invitation.email);
    const [amina, li] = [uniqueEmail("amina"), uniqueEmail("li")];
    const members = [{ ...threeDelegates[0], email: amina }, { ...threeDelegates[1], email: li }, threeDelegates[2]];

    await saveDelegation(delegate, invitation.id, { intent: "draft", members }, new Date());
    expect(await prisma.outboxMessage.count({ where: { template: "registration-invitation", to: { in: [amina, li] } } })).toBe(0);
    await saveDelegation(delegate, invitation.id, { intent: "submit", members }, new Date());
    // Li registers; a later edit of the delegation (which rewrites the roster rows) mails no one again
    const registration = await createRegistration(prisma, campaign.editionId, { email: li, invitationId: invitation.id, countryCode: "SN" });
    await saveDelegation(delegate, invitation.id, { intent: "submit", members: [...members].reverse() }, new Date());

    expect(await prisma.outboxMessage.count({ where: { template: "registration-invitation", to: amina } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { template: "registration-invitation", to: li } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: "registration.invited", data: { path: ["invitation"], equals: invitation.id } } })).toBe(2);
    const roster = await getDelegationRoster(invitation.id);
    expect(roster.map((m) => [m.name, m.registration?.status ?? null, m.invitedAt !== null])).toEqual([
      ["Sara Haddad", null, false],
      ["Li Wei", "PENDING", true],
      ["Amina Diallo", null, true],
    ]);
    const linked = await prisma.forumRegistration.findUniqueOrThrow({ where: { id: registration.id }, include: { delegationMember: true } });
    expect(linked.delegationMember?.name).toBe("Li Wei");

    await deliverMailTo(prisma, amina);
    const mail = await suite.smtp.waitFor(amina, { subject: /Test Forum/ });
    expect(mail.subject).toBe(`Invitation à vous inscrire au Test Forum ${campaign.edition.year}`);
    expect(mail.text).toContain("délégation du Sénégal");
    expect(mail.text).toContain(`/fr/registration/${campaign.edition.year}`);

    const seat = await findDelegationSeat(amina.toUpperCase(), campaign.editionId);
    expect(seat).toMatchObject({
      invitationId: invitation.id,
      memberStateCode: "SN",
      givenNames: "Amina",
      familyName: "Diallo",
      jobTitle: "Minister of ICT",
      gender: "FEMALE",
    });
    expect(await findDelegationSeat(uniqueEmail("nobody"), campaign.editionId)).toBeNull();
  });
});
