// Focal points against real PostgreSQL: who accredits a Member State's delegation (the
// invitation's addressee, or a person the secretariat names), and nobody else's.
import { describe, expect, test } from "vitest";
import { createCampaign, createDelegate, createInvitation, createSecretariat } from "../../factories/invitations";
import { asSecretariat } from "../../helpers/secretariat";
import { uniqueEmail } from "../../helpers/database";
import { codeOf, invitationSuite } from "../invitations/suite";
import { createRegistration, ensureStakeholderTypes } from "./admin-support";

const suite = invitationSuite();
const prisma = suite.prisma;

const services = async () => ({
  ...(await import("@/lib/registrations/focal-point-queue")),
  ...(await import("@/lib/registrations/focal-points")),
});

async function twoDelegations() {
  await ensureStakeholderTypes(prisma);
  const campaign = await createCampaign(prisma);
  const swiss = await createInvitation(prisma, campaign, { memberStateCode: "CH", status: "CONFIRMED" });
  const french = await createInvitation(prisma, campaign, { memberStateCode: "FR", status: "CONFIRMED" });
  const swissFocal = await createDelegate(prisma, swiss.invitation.email);
  const mine = await createRegistration(prisma, campaign.editionId, { invitationId: swiss.invitation.id });
  const theirs = await createRegistration(prisma, campaign.editionId, { invitationId: french.invitation.id, countryCode: "FR" });
  const none = await createRegistration(prisma, campaign.editionId, {});
  return { campaign, swiss, french, swissFocal, mine, theirs, none };
}

describe("the focal point's decisions", () => {
  test("the invitation's addressee accredits a member of their delegation: DELEGATE, a badge code, audited", async () => {
    const { decideAsFocalPoint } = await services();
    const { swissFocal, mine } = await twoDelegations();

    const result = await decideAsFocalPoint(swissFocal, mine.id, { decision: "ACCREDIT", reason: null }, new Date());

    const row = await prisma.forumRegistration.findUniqueOrThrow({ where: { id: mine.id } });
    expect(result.status).toBe("ACCREDITED");
    expect([row.status, row.category, row.decidedById]).toEqual(["ACCREDITED", "DELEGATE", swissFocal.id]);
    expect(row.badgeCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: mine.id, action: "registration.accredited" } });
    expect(audit.actorId).toBe(swissFocal.id);
    expect(audit.data).toMatchObject({ via: "focal_point", category: "DELEGATE" });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: mine.user.email, template: "registration.accredited" } });
    expect(mail.text).toContain("Amina Diallo");
  });

  test("a focal point cannot approve another State's delegation, nor a registration claiming none: NOT_FOUND, nothing changes", async () => {
    const { decideAsFocalPoint } = await services();
    const { swissFocal, theirs, none } = await twoDelegations();

    const other = await codeOf(decideAsFocalPoint(swissFocal, theirs.id, { decision: "ACCREDIT", reason: null }, new Date()));
    const unclaimed = await codeOf(decideAsFocalPoint(swissFocal, none.id, { decision: "REJECT", reason: "Not ours" }, new Date()));

    expect([other, unclaimed]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    const rows = await prisma.forumRegistration.findMany({ where: { id: { in: [theirs.id, none.id] } } });
    expect(rows.map((r) => [r.status, r.badgeCode, r.decidedById])).toEqual([
      ["PENDING", null, null],
      ["PENDING", null, null],
    ]);
    expect(await prisma.auditEntry.count({ where: { entityId: { in: [theirs.id, none.id] } } })).toBe(0);
  });

  test("the other State's queue holds only its own members; a stranger's queue is empty", async () => {
    const { getFocalPointQueue } = await services();
    const { french, mine, theirs } = await twoDelegations();
    const frenchFocal = await createDelegate(prisma, french.invitation.email);
    const stranger = await createDelegate(prisma, uniqueEmail("stranger"));

    const queue = await getFocalPointQueue(frenchFocal, "en");
    const strangers = await getFocalPointQueue(stranger, "en");

    const ids = queue.flatMap((g) => g.waiting.map((r) => r.id));
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(mine.id);
    expect(queue.map((g) => g.memberState.code)).toEqual(["FR"]);
    expect(strangers).toEqual([]);
  });

  test("a rejection needs its reason kept; a decided registration cannot be decided again", async () => {
    const { decideAsFocalPoint } = await services();
    const { swissFocal, mine } = await twoDelegations();

    await decideAsFocalPoint(swissFocal, mine.id, { decision: "REJECT", reason: "Not a member of the delegation" }, new Date());
    const again = await codeOf(decideAsFocalPoint(swissFocal, mine.id, { decision: "ACCREDIT", reason: null }, new Date()));

    const row = await prisma.forumRegistration.findUniqueOrThrow({ where: { id: mine.id } });
    expect([row.status, row.statusReason, row.badgeCode]).toEqual(["REJECTED", "Not a member of the delegation", null]);
    expect(again).toBe("INVALID_STATE");
  });

  test("a focal point named by the secretariat decides until removed; the addressee of a revoked invitation no longer does", async () => {
    const { decideAsFocalPoint, nameFocalPoint, removeFocalPoint, focalPointScopes } = await services();
    const { campaign, swiss, mine } = await twoDelegations();
    const secretariat = asSecretariat({ ...(await createSecretariat(prisma)), name: null });
    const namedEmail = uniqueEmail("focal");
    const named = await createDelegate(prisma, namedEmail);

    const before = await focalPointScopes(prisma, named, campaign.editionId);
    const row = await nameFocalPoint(secretariat, campaign.editionId, { memberStateCode: "CH", email: namedEmail, name: "Jean Muller", language: "fr" });
    const during = await focalPointScopes(prisma, named, campaign.editionId);
    const twice = await codeOf(nameFocalPoint(secretariat, campaign.editionId, { memberStateCode: "CH", email: namedEmail, name: undefined, language: "fr" }));
    await removeFocalPoint(secretariat, row.id);
    const after = await codeOf(decideAsFocalPoint(named, mine.id, { decision: "ACCREDIT", reason: null }, new Date()));

    expect(before).toEqual([]);
    expect(during).toEqual([{ editionId: campaign.editionId, memberStateCode: "CH" }]);
    expect(twice).toBe("CONFLICT");
    expect(after).toBe("NOT_FOUND");
    expect(await prisma.outboxMessage.count({ where: { to: namedEmail, template: "focal-point-named" } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: row.id, action: { in: ["focal_point.named", "focal_point.removed"] } } })).toBe(2);

    await prisma.invitation.update({ where: { id: swiss.invitation.id }, data: { status: "REVOKED" } });
    const addressee = await prisma.user.findUniqueOrThrow({ where: { email: swiss.invitation.email } });
    expect(await codeOf(decideAsFocalPoint(addressee, mine.id, { decision: "ACCREDIT", reason: null }, new Date()))).toBe("NOT_FOUND");
  });
});
