// Policy statements against real PostgreSQL: requested by a confirmed delegation before the
// statement deadline, submitted as text or a PDF checked by content, scheduled and published by
// the secretariat (audited).
import { describe, expect, test } from "vitest";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createCampaign, createDelegate, createInvitation, createSecretariat, threeDelegates } from "../../factories/invitations";
import { codeOf, invitationSuite } from "./suite";

const prisma = invitationSuite().prisma;

const load = async () => ({
  ...(await import("@/lib/policy-statements/service")),
  ...(await import("@/lib/policy-statements/pdf")),
  ...(await import("@/lib/invitations/service/answers")),
});

const request = { speakerName: "H.E. Ms Amina Diallo", speakerTitle: "Minister of ICT", protocolCategory: "MINISTER" as const, language: "fr" as const };
const pdfBytes = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;

async function confirmedInvitation(code: string, statementDeadline = endOfGenevaDay(2099, 2, 15)) {
  const { saveDelegation } = await load();
  const campaign = await createCampaign(prisma, { statementDeadline });
  const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: code });
  const delegate = await createDelegate(prisma, invitation.email);
  await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, new Date("2099-01-01T00:00:00Z"));
  return { campaign, invitation, delegate };
}

describe("the delegation's statement", () => {
  test("request, then text, then a PDF checked by its content: each replaces the last", async () => {
    const { requestStatement, submitStatement, checkStatementPdf } = await load();
    const { invitation, delegate } = await confirmedInvitation("SN");
    const now = new Date("2099-01-10T10:00:00Z");

    await requestStatement(delegate, invitation.id, request, now);
    await submitStatement(delegate, invitation.id, { text: "Excellencies, ladies and gentlemen." }, now);
    const checked = await checkStatementPdf(new File([pdfBytes], "déclaration.pdf", { type: "text/plain" }));
    if (!("file" in checked) || !checked.file) throw new Error("refused");
    await submitStatement(delegate, invitation.id, { text: "", pdf: checked.file }, now);

    const s = await prisma.policyStatement.findUniqueOrThrow({ where: { invitationId: invitation.id }, include: { file: true } });
    expect([s.status, s.text, s.file?.mimeType, s.file?.filename, s.memberStateCode, s.language]).toEqual([
      "SUBMITTED",
      null,
      "application/pdf",
      "déclaration.pdf",
      "SN",
      "fr",
    ]);
    expect(s.requestedAt.toISOString()).toBe(now.toISOString());
    expect(await prisma.auditEntry.count({ where: { entityId: s.id } })).toBe(2);
  });

  test("a file that only calls itself PDF is refused; so is one over the size limit", async () => {
    const { checkStatementPdf } = await load();

    expect(await checkStatementPdf(new File(["<html>not a pdf</html>"], "statement.pdf", { type: "application/pdf" }))).toEqual({ error: "pdfOnly" });
    expect(await checkStatementPdf(new File([new Uint8Array(901 * 1024)], "big.pdf", { type: "application/pdf" }))).toEqual({ error: "fileTooLarge" });
  });

  test("error codes: NOT_FOUND for another address, INVALID_STATE before confirmation or without request, DEADLINE_PASSED, VALIDATION without content, CONFLICT for a second slot", async () => {
    const { requestStatement, submitStatement } = await load();
    const deadline = endOfGenevaDay(2099, 2, 15);
    const { campaign, invitation, delegate } = await confirmedInvitation("KE", deadline);
    const other = await createDelegate(prisma, `other-${invitation.email}`);
    const { invitation: unconfirmed } = await createInvitation(prisma, campaign, { memberStateCode: "UG" });
    const unconfirmedDelegate = await createDelegate(prisma, unconfirmed.email);
    const now = new Date("2099-01-10T10:00:00Z");

    expect(await codeOf(requestStatement(other, invitation.id, request, now))).toBe("NOT_FOUND");
    expect(await codeOf(requestStatement(unconfirmedDelegate, unconfirmed.id, request, now))).toBe("INVALID_STATE");
    expect(await codeOf(submitStatement(delegate, invitation.id, { text: "Text" }, now))).toBe("INVALID_STATE");
    expect(await codeOf(requestStatement(delegate, invitation.id, request, new Date(deadline.getTime() - 1)))).toBe("OK");
    expect(await codeOf(requestStatement(delegate, invitation.id, request, deadline))).toBe("DEADLINE_PASSED");
    await expect(submitStatement(delegate, invitation.id, { text: "" }, now)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { text: ["textOrFile"] },
    });

    // a second campaign of the same edition invites the same Member State: one slot per State
    const second = await createCampaign(prisma, { editionId: campaign.editionId });
    const { invitation: again } = await createInvitation(prisma, second, { memberStateCode: "KE" });
    const againDelegate = await createDelegate(prisma, again.email);
    const { saveDelegation } = await load();
    await saveDelegation(againDelegate, again.id, { intent: "submit", members: threeDelegates }, now);
    // the refusal names the letter that holds the statement; the page links it for its addressee only
    const second_ = await prisma.invitationCampaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { symbol: true } });
    await expect(requestStatement(againDelegate, again.id, request, now)).rejects.toMatchObject({
      code: "CONFLICT",
      detail: { key: "statementHeldElsewhere", values: { symbol: second_.symbol } },
    });
    const { getStatementHeldElsewhere } = await import("@/lib/policy-statements/queries");
    expect(await getStatementHeldElsewhere(again.id, again.email)).toEqual({ symbol: second_.symbol, invitationId: null });
    expect(await getStatementHeldElsewhere(again.id, invitation.email)).toEqual({ symbol: second_.symbol, invitationId: invitation.id });
    expect(await getStatementHeldElsewhere(invitation.id, invitation.email)).toBeNull();
  });
});

describe("the secretariat's schedule", () => {
  test("scheduled, delivered, published; each audited; out-of-order moves refused; a delivered statement is locked for the delegation", async () => {
    const { requestStatement, submitStatement, markStatement, publishStatement } = await load();
    const secretariat = await createSecretariat(prisma);
    const { invitation, delegate } = await confirmedInvitation("TN");
    const now = new Date("2099-01-10T10:00:00Z");
    const { id } = await requestStatement(delegate, invitation.id, request, now);

    expect(await codeOf(markStatement(secretariat, id, "SCHEDULED"))).toBe("INVALID_STATE");
    expect(await codeOf(publishStatement(secretariat, id, now))).toBe("INVALID_STATE");
    await submitStatement(delegate, invitation.id, { text: "Mesdames et Messieurs." }, now);
    await markStatement(secretariat, id, "SCHEDULED");
    await markStatement(secretariat, id, "DELIVERED");
    await publishStatement(secretariat, id, now);

    expect(await codeOf(publishStatement(secretariat, id, now))).toBe("INVALID_STATE");
    expect(await codeOf(markStatement(secretariat, "nope", "DELIVERED"))).toBe("NOT_FOUND");
    expect(await codeOf(markStatement(delegate, id, "DELIVERED"))).toBe("FORBIDDEN");
    expect(await codeOf(submitStatement(delegate, invitation.id, { text: "Changed" }, now))).toBe("INVALID_STATE");
    const s = await prisma.policyStatement.findUniqueOrThrow({ where: { id } });
    expect([s.status, s.publishedAt?.toISOString(), s.text]).toEqual(["DELIVERED", now.toISOString(), "Mesdames et Messieurs."]);
    expect((await prisma.auditEntry.findMany({ where: { entityId: id, actorId: secretariat.id }, orderBy: { id: "asc" } })).map((e) => e.action)).toEqual([
      "policy_statement.scheduled",
      "policy_statement.delivered",
      "policy_statement.published",
    ]);
  });
});
