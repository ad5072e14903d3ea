// The deadlines domain against real PostgreSQL: the loader gives each party its window, and the
// secretariat's grantExtension lifts DEADLINE_PASSED for exactly the party extended (with the
// data that could leak to others in place), audited in its transaction.
import { describe, expect, test } from "vitest";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { createConsultationEdition, createOrganisation, createStakeholder } from "../../factories/consultation";
import { createCampaign, createDelegate, createInvitation, createSecretariat } from "../../factories/invitations";
import { failure, invitationSuite } from "../invitations/suite";
import { payloadFor } from "../consultation/support";
import { asSecretariat } from "../../helpers/secretariat";

const suite = invitationSuite();
const prisma = suite.prisma;

const load = async () => ({
  ...(await import("@/lib/deadlines/service")),
  ...(await import("@/lib/deadlines/queries")),
  ...(await import("@/lib/submissions/service/save-submission")),
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/policy-statements/service")),
  ...(await import("@/lib/db")),
});

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
const opensAt = genevaTime(2030, 2, 1, 9, 0);
const closesAt = endOfGenevaDay(2030, 3, 31);
const late = ms(closesAt, 60_000);
const until = { year: 2030, month: 4, day: 10 };
const untilInstant = endOfGenevaDay(2030, 4, 10);

async function contributionEdition() {
  const edition = await createConsultationEdition(prisma, { CONTRIBUTION: [opensAt, closesAt], WORKSHOP_REQUEST: [opensAt, closesAt] });
  const deadline = await prisma.deadline.findFirstOrThrow({ where: { editionId: edition.id, kind: "CONTRIBUTION" } });
  return { edition, deadline };
}

async function submitAt(userId: string, year: number, now: Date, kind: "CONTRIBUTION" | "WORKSHOP_REQUEST" = "CONTRIBUTION") {
  const { saveSubmission } = await load();
  return (await failure(saveSubmission({ userId, kind, target: { year }, intent: "submit", payload: payloadFor(kind), now }))).code;
}

describe("grantExtension: who may", () => {
  test("only the secretariat (a stakeholder and a delegate are FORBIDDEN, nothing is written)", async () => {
    const { grantExtension, revokeExtension } = await load();
    const { deadline } = await contributionEdition();
    const stakeholder = await createStakeholder(prisma);

    for (const role of ["STAKEHOLDER", "DELEGATE"] as const) {
      const actor = { id: stakeholder.id, email: stakeholder.email, role };
      expect(
        (await failure(grantExtension({ actor, deadlineId: deadline.id, party: { type: "user", email: stakeholder.email }, until, reason: "self-service" })))
          .code,
      ).toBe("FORBIDDEN");
    }
    expect(await prisma.deadlineExtension.count({ where: { deadlineId: deadline.id } })).toBe(0);
    expect((await failure(revokeExtension({ actor: { id: stakeholder.id, email: stakeholder.email, role: "STAKEHOLDER" }, extensionId: "x" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("grantExtension: the consultation", () => {
  test("a user's extension lifts DEADLINE_PASSED for that user only, audited in the same transaction", async () => {
    const { grantExtension, loadWindow, db } = await load();
    const { edition, deadline } = await contributionEdition();
    const actor = await createSecretariat(prisma);
    const org = await createOrganisation(prisma);
    const lucky = await createStakeholder(prisma, { organisationId: org.id });
    const colleague = await createStakeholder(prisma, { organisationId: org.id });
    const stranger = await createStakeholder(prisma);
    expect(await submitAt(lucky.id, edition.year, late)).toBe("DEADLINE_PASSED");

    const extension = await grantExtension({
      actor,
      deadlineId: deadline.id,
      party: { type: "user", email: lucky.email.toUpperCase() },
      until,
      reason: "Flood in the office",
    });

    expect(extension.closesAt).toEqual(untilInstant);
    expect(await submitAt(lucky.id, edition.year, late)).toBe("OK");
    expect(await submitAt(lucky.id, edition.year, untilInstant)).toBe("DEADLINE_PASSED");
    expect(await submitAt(colleague.id, edition.year, late)).toBe("DEADLINE_PASSED");
    expect(await submitAt(stranger.id, edition.year, late)).toBe("DEADLINE_PASSED");
    // another kind of the same edition is not extended either
    expect(await submitAt(lucky.id, edition.year, late, "WORKSHOP_REQUEST")).toBe("DEADLINE_PASSED");
    expect(await loadWindow(db, { editionId: edition.id, kind: "CONTRIBUTION" }, { userId: lucky.id, organisationId: org.id })).toMatchObject({
      deadlineId: deadline.id,
      closesAt: untilInstant,
      deadlineClosesAt: closesAt,
      extension: { id: extension.id, closesAt: untilInstant },
    });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "deadline.extension_granted", entityId: deadline.id } });
    expect(entry.actorId).toBe(actor.id);
    expect(entry.data).toMatchObject({
      kind: "CONTRIBUTION",
      extensionId: extension.id,
      party: { type: "user", id: lucky.id },
      from: null,
      to: untilInstant.toISOString(),
      reason: "Flood in the office",
    });
  });

  test("an organisation's extension applies to its members and to no one else", async () => {
    const { grantExtension } = await load();
    const { edition, deadline } = await contributionEdition();
    const actor = await createSecretariat(prisma);
    const org = await createOrganisation(prisma);
    const otherOrg = await createOrganisation(prisma);
    const member = await createStakeholder(prisma, { organisationId: org.id });
    const outsider = await createStakeholder(prisma, { organisationId: otherOrg.id });

    await grantExtension({ actor, deadlineId: deadline.id, party: { type: "organisation", organisationId: org.id }, until, reason: "Asked by letter" });

    expect(await submitAt(member.id, edition.year, late)).toBe("OK");
    expect(await submitAt(outsider.id, edition.year, late)).toBe("DEADLINE_PASSED");
  });

  test("refused: a day not after the deadline, an unknown e-mail, an invitation on a consultation deadline; a second grant replaces the first", async () => {
    const { grantExtension } = await load();
    const { deadline } = await contributionEdition();
    const actor = await createSecretariat(prisma);
    const user = await createStakeholder(prisma);
    const grant = (party: Parameters<typeof grantExtension>[0]["party"], day = until) =>
      grantExtension({ actor, deadlineId: deadline.id, party, until: day, reason: "r" });

    expect(await failure(grant({ type: "user", email: user.email }, { year: 2030, month: 3, day: 31 }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { until: ["extensionNotLater"] },
    });
    expect(await failure(grant({ type: "user", email: "nobody@example.org" }))).toEqual({ code: "VALIDATION", fieldErrors: { email: ["unknownUser"] } });
    expect(await failure(grant({ type: "organisation", organisationId: "missing" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { organisationId: ["unknownOrganisation"] },
    });
    expect(await failure(grant({ type: "invitation", invitationId: "any" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { partyType: ["partyNotForDeadline"] },
    });
    expect(await failure(grantExtension({ actor, deadlineId: "missing", party: { type: "user", email: user.email }, until, reason: "r" }))).toEqual({
      code: "NOT_FOUND",
    });
    expect(await prisma.deadlineExtension.count({ where: { deadlineId: deadline.id } })).toBe(0);

    await grant({ type: "user", email: user.email });
    await grant({ type: "user", email: user.email }, { year: 2030, month: 4, day: 20 });

    expect(await prisma.deadlineExtension.findMany({ where: { deadlineId: deadline.id }, select: { closesAt: true } })).toEqual([
      { closesAt: endOfGenevaDay(2030, 4, 20) },
    ]);
  });

  test("revoking puts the party back to the deadline, audited", async () => {
    const { grantExtension, revokeExtension } = await load();
    const { edition, deadline } = await contributionEdition();
    const actor = await createSecretariat(prisma);
    const user = await createStakeholder(prisma);
    const extension = await grantExtension({ actor, deadlineId: deadline.id, party: { type: "user", email: user.email }, until, reason: "r" });

    await revokeExtension({ actor, extensionId: extension.id });

    expect(await submitAt(user.id, edition.year, late)).toBe("DEADLINE_PASSED");
    expect(await prisma.auditEntry.count({ where: { action: "deadline.extension_revoked", entityId: deadline.id, actorId: actor.id } })).toBe(1);
    expect((await failure(revokeExtension({ actor, extensionId: extension.id }))).code).toBe("NOT_FOUND");
  });
});

describe("grantExtension: a letter's deadlines", () => {
  test("an invitation's extension of the response deadline lets that delegate answer late, and no other invitation of the letter", async () => {
    const { grantExtension, saveDelegation } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma, { responseDeadline: endOfGenevaDay(2099, 1, 15) });
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "NO" });
    const { invitation: other } = await createInvitation(prisma, campaign, { memberStateCode: "SE" });
    const delegate = await createDelegate(prisma, invitation.email);
    const otherDelegate = await createDelegate(prisma, other.email);
    const response = await prisma.deadline.findFirstOrThrow({ where: { campaignId: campaign.id, kind: "INVITATION_RESPONSE" } });
    const lateAnswer = new Date("2099-01-20T10:00:00Z");

    expect(
      await failure(
        grantExtension({
          actor,
          deadlineId: response.id,
          party: { type: "user", email: delegate.email },
          until: { year: 2099, month: 1, day: 31 },
          reason: "r",
        }),
      ),
    ).toEqual({ code: "VALIDATION", fieldErrors: { partyType: ["partyNotForDeadline"] } });
    await grantExtension({
      actor,
      deadlineId: response.id,
      party: { type: "invitation", invitationId: invitation.id },
      until: { year: 2099, month: 1, day: 31 },
      reason: "The ministry asked",
    });

    expect((await failure(saveDelegation(delegate, invitation.id, { intent: "draft", members: [] }, lateAnswer))).code).toBe("OK");
    expect((await failure(saveDelegation(otherDelegate, other.id, { intent: "draft", members: [] }, lateAnswer))).code).toBe("DEADLINE_PASSED");
    expect(await prisma.auditEntry.count({ where: { action: "invitation.deadline_extended", entityId: invitation.id, actorId: actor.id } })).toBe(1);
  });

  test("an invitation of another letter cannot be extended on this letter's deadline", async () => {
    const { grantExtension } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const otherCampaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, otherCampaign, { memberStateCode: "FI" });
    const response = await prisma.deadline.findFirstOrThrow({ where: { campaignId: campaign.id, kind: "INVITATION_RESPONSE" } });

    expect(
      await failure(
        grantExtension({
          actor,
          deadlineId: response.id,
          party: { type: "invitation", invitationId: invitation.id },
          until: { year: 2099, month: 1, day: 31 },
          reason: "r",
        }),
      ),
    ).toEqual({ code: "VALIDATION", fieldErrors: { invitationId: ["unknownInvitation"] } });
  });

  test("moving a letter's statement deadline moves what the statement service enforces and what the public listing shows", async () => {
    const { loadInvitationWindows, db } = await load();
    const { moveDeadline } = await import("@/lib/editions/service");
    const { moveDeadlineSchema } = await import("@/lib/editions/schemas");
    const { listCampaigns } = await import("@/lib/forums/queries");
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma, { responseDeadline: endOfGenevaDay(2099, 1, 15), statementDeadline: endOfGenevaDay(2099, 2, 15) });
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "DK", status: "CONFIRMED" });
    const statement = await prisma.deadline.findFirstOrThrow({ where: { campaignId: campaign.id, kind: "POLICY_STATEMENT" } });

    await moveDeadline({
      actor: asSecretariat({ ...actor, name: null }),
      deadlineId: statement.id,
      input: moveDeadlineSchema.parse({ closesAt: "2099-03-01T00:00", confirmed: "1" }),
    });

    const enforced = (await loadInvitationWindows(db, invitation.id))!.statement.closesAt;
    const shown = (await listCampaigns(campaign.editionId)).find((c) => c.symbol === campaign.symbol)!.statementDeadline;
    expect(enforced).toEqual(genevaTime(2099, 3, 1));
    expect(shown).toEqual(enforced);
  });
});

describe("the database keeps the model whole", () => {
  test("a letter's kind needs a campaign, a consultation kind refuses one, and an extension names exactly one party", async () => {
    const { edition, deadline } = await contributionEdition();
    const campaign = await createCampaign(prisma, { editionId: edition.id });
    const user = await createStakeholder(prisma);
    const org = await createOrganisation(prisma);

    await expect(prisma.deadline.create({ data: { editionId: edition.id, kind: "POLICY_STATEMENT", closesAt } })).rejects.toThrow(/needs a campaign/);
    await expect(prisma.deadline.create({ data: { editionId: edition.id, kind: "REGIONAL_INPUT", campaignId: campaign.id, closesAt } })).rejects.toThrow(
      /cannot have a campaign/,
    );
    await expect(prisma.deadline.create({ data: { editionId: edition.id, kind: "CONTRIBUTION", closesAt } })).rejects.toMatchObject({ code: "P2002" });
    await expect(
      prisma.deadlineExtension.create({ data: { deadlineId: deadline.id, userId: user.id, organisationId: org.id, closesAt: untilInstant, reason: "r" } }),
    ).rejects.toThrow(/exactly one party/);
    await expect(prisma.deadlineExtension.create({ data: { deadlineId: deadline.id, closesAt: untilInstant, reason: "r" } })).rejects.toThrow(
      /exactly one party/,
    );
  });
});
