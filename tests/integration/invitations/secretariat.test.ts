// The secretariat's side against real PostgreSQL and a real SMTP server: campaigns, CSV import,
// sending with a personal link, status changes, extensions; each audited in its transaction.
import { describe, expect, test } from "vitest";
import { endOfGenevaDay } from "@/lib/time/geneva";
import { createCampaign, createDelegate, createInvitation, createSecretariat, freshEdition, tokenHash } from "../../factories/invitations";
import { firstLink } from "../../helpers/smtp";
import { failure, invitationSuite } from "./suite";
import { deliverMailTo } from "../../helpers/deliver-mail";

const suite = invitationSuite({ smtp: true });
const prisma = suite.prisma;

const load = async () => ({
  ...(await import("@/lib/invitations/service/campaigns")),
  ...(await import("@/lib/invitations/service/mailing")),
  ...(await import("@/lib/invitations/service/answers")),
  ...(await import("@/lib/invitations/queries")),
  ...(await import("@/lib/email/outbox")),
});

const day = (s: string) => {
  const [year, month, d] = s.split("-").map(Number);
  return { year, month, day: d };
};
const auditCount = (entityId: string, action?: string) => prisma.auditEntry.count({ where: { entityId, ...(action ? { action } : {}) } });

describe("campaigns", () => {
  test("a campaign's deadlines are the end of the named Geneva days; creation is audited", async () => {
    const { createCampaign: create } = await load();
    const actor = await createSecretariat(prisma);
    const edition = await freshEdition(prisma);

    const { id } = await create(
      actor,
      {
        editionId: edition.id,
        symbol: "CL-19/59",
        letterDate: day("2019-12-06"),
        subject: { en: "Invitation to WSIS Forum 2020" },
        responseDeadline: day("2020-01-15"),
        statementDeadline: day("2020-03-31"),
      },
      new Date("2019-12-06T10:00:00Z"),
    );

    const row = await prisma.invitationCampaign.findUniqueOrThrow({ where: { id }, include: { deadlines: true } });
    const c = {
      responseDeadline: row.deadlines.find((d) => d.kind === "INVITATION_RESPONSE")!.closesAt,
      statementDeadline: row.deadlines.find((d) => d.kind === "POLICY_STATEMENT")?.closesAt,
    };
    expect(c.responseDeadline.toISOString()).toBe("2020-01-15T23:00:00.000Z");
    expect(c.statementDeadline?.toISOString()).toBe("2020-03-31T22:00:00.000Z");
    expect(await auditCount(id, "campaign.created")).toBe(1);
  });

  test("error codes: FORBIDDEN for a delegate, CONFLICT for a second symbol, VALIDATION for deadlines out of order", async () => {
    const { createCampaign: create } = await load();
    const actor = await createSecretariat(prisma);
    const edition = await freshEdition(prisma);
    const input = {
      editionId: edition.id,
      symbol: "CL-X/1",
      letterDate: day("2029-12-06"),
      subject: { en: "S" },
      responseDeadline: day("2030-01-15"),
      statementDeadline: undefined,
    };

    const now = new Date("2029-12-06T10:00:00Z");

    expect((await failure(create({ ...actor, role: "DELEGATE" }, input, now))).code).toBe("FORBIDDEN");
    await create(actor, input, now);
    expect(await failure(create(actor, input, now))).toEqual({ code: "CONFLICT", fieldErrors: { symbol: ["symbolTaken"] } });
    expect(await failure(create(actor, { ...input, symbol: "CL-X/2", statementDeadline: day("2030-01-01") }, now))).toEqual({
      code: "VALIDATION",
      fieldErrors: { statementDeadline: ["statementBeforeResponse"] },
    });
    expect(await failure(create(actor, { ...input, symbol: "CL-X/3", editionId: "nope" }, now))).toEqual({
      code: "VALIDATION",
      fieldErrors: { editionId: ["choice"] },
    });
    expect(await prisma.invitationCampaign.count({ where: { editionId: edition.id } })).toBe(1);
  });

  test("a reply-by date already passed is refused until confirmed: at the close it is passed, a millisecond before it is not", async () => {
    const { createCampaign: create } = await load();
    const actor = await createSecretariat(prisma);
    const edition = await freshEdition(prisma);
    const input = {
      editionId: edition.id,
      symbol: "CL-P/1",
      letterDate: day("2029-12-06"),
      subject: { en: "S" },
      responseDeadline: day("2030-01-15"),
      statementDeadline: undefined,
    };
    const closes = endOfGenevaDay(2030, 1, 15);

    expect(await failure(create(actor, input, closes))).toEqual({ code: "VALIDATION", fieldErrors: { confirmPastDeadline: ["responseDeadlinePassed"] } });
    expect(await prisma.invitationCampaign.count({ where: { editionId: edition.id } })).toBe(0);
    expect((await failure(create(actor, input, new Date(closes.getTime() - 1)))).code).toBe("OK");
    expect((await failure(create(actor, { ...input, symbol: "CL-P/2", confirmPastDeadline: true }, closes))).code).toBe("OK");
    expect(await auditCount((await prisma.invitationCampaign.findFirstOrThrow({ where: { symbol: "CL-P/2" } })).id, "campaign.created")).toBe(1);
  });
});

describe("addressees", () => {
  const csv = [
    "country,name,title,email,language",
    "CHE,Ms Anna Rossi,Director,anna@admin.example,fr",
    "XX,Mr Nobody,Minister,nobody@gov.example,en",
    "SN,Mme Awa Diop,Ministre,not-an-email,fr",
    "EG,<script>x</script>,Minister,eg@gov.example,ar",
    "CH,Ms Twice,Director,twice@admin.example,en",
    "JP,Mr Sato,Director-General,sato@gov.example,en",
  ].join("\n");

  test("the preview reports every bad row and writes nothing; the import stores only the good rows, audited", async () => {
    const { previewAddresseeCsv, importAddresseeCsv } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);

    const preview = await previewAddresseeCsv(actor, campaign.id, csv);

    expect(preview.rows.filter((r) => r.errors.length).map((r) => [r.row, r.errors[0].message])).toEqual([
      [3, "unknownCountry"],
      [4, "email"],
      [5, "noMarkup"],
      [6, "duplicateCountry"],
    ]);
    expect(await prisma.invitation.count({ where: { campaignId: campaign.id } })).toBe(0);

    const result = await importAddresseeCsv(actor, campaign.id, csv);

    expect(result.imported).toBe(2);
    const rows = await prisma.invitation.findMany({ where: { campaignId: campaign.id }, orderBy: { memberStateCode: "asc" } });
    expect(rows.map((r) => [r.memberStateCode, r.email, r.language, r.status, r.tokenHash])).toEqual([
      ["CH", "anna@admin.example", "fr", "NOT_SENT", null],
      ["JP", "sato@gov.example", "en", "NOT_SENT", null],
    ]);
    expect(await auditCount(campaign.id, "campaign.addressees_imported")).toBe(1);
  });

  test("a second import of the same file finds every row already invited and stores nothing", async () => {
    const { importAddresseeCsv, previewAddresseeCsv } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    await importAddresseeCsv(actor, campaign.id, csv);

    expect(await failure(importAddresseeCsv(actor, campaign.id, csv))).toEqual({ code: "VALIDATION", fieldErrors: { csv: ["csvNoValidRows"] } });
    expect((await previewAddresseeCsv(actor, campaign.id, csv)).rows[0].errors).toEqual([
      { field: "country", message: "alreadyInvited" },
      { field: "email", message: "emailAlreadyInvited" },
    ]);
    expect(await failure(importAddresseeCsv(actor, campaign.id, "name\nx"))).toEqual({ code: "VALIDATION", fieldErrors: { csv: ["csvMissingColumns"] } });
    expect((await failure(importAddresseeCsv(actor, "no-such-campaign", csv))).code).toBe("NOT_FOUND");
    expect(await prisma.invitation.count({ where: { campaignId: campaign.id } })).toBe(2);
  });

  test("adding one addressee: unknown country, Member State or address already invited are field errors", async () => {
    const { addAddressee } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const a = { country: "KEN", name: "Hon. Wanjiru", title: "Cabinet Secretary", email: "cs@ict.example", language: "en" as const };

    await addAddressee(actor, campaign.id, a);

    expect(await failure(addAddressee(actor, campaign.id, { ...a, country: "ZZ" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { country: ["unknownCountry"] },
    });
    expect(await failure(addAddressee(actor, campaign.id, { ...a, email: "other@ict.example" }))).toEqual({
      code: "CONFLICT",
      fieldErrors: { country: ["alreadyInvited"] },
    });
    expect(await failure(addAddressee(actor, campaign.id, { ...a, country: "UG" }))).toEqual({
      code: "CONFLICT",
      fieldErrors: { email: ["emailAlreadyInvited"] },
    });
    const row = await prisma.invitation.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(row.memberStateCode).toBe("KE");
    expect(await auditCount(row.id, "invitation.created")).toBe(1);
  });

  test("a State another campaign of the edition invites: a warning naming it (CSV preview: on the row; adding: until confirmed)", async () => {
    const { addAddressee, previewAddresseeCsv } = await load();
    const actor = await createSecretariat(prisma);
    const first = await createCampaign(prisma);
    const second = await createCampaign(prisma, { editionId: first.editionId });
    await createInvitation(prisma, first, { memberStateCode: "SN" });
    const { symbol } = await prisma.invitationCampaign.findUniqueOrThrow({ where: { id: first.id }, select: { symbol: true } });
    const senegal = { country: "SEN", name: "Mme Awa Diop", title: "Ministre", email: "awa.diop@gouv.example", language: "fr" as const };

    const preview = await previewAddresseeCsv(
      actor,
      second.id,
      "country,name,title,email,language\nSN,Mme Awa Diop,Ministre,awa.diop@gouv.example,fr\nGH,Mr Mensah,Minister,mensah@gov.example,en",
    );
    expect(preview.rows.map((r) => [r.raw.country, r.errors, r.warnings])).toEqual([
      ["SN", [], [{ message: "alsoInvitedIn", values: { symbols: symbol } }]],
      ["GH", [], []],
    ]);
    expect(preview.valid).toHaveLength(2);

    await expect(addAddressee(actor, second.id, senegal)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirmOtherCampaign: [{ key: "alsoInvitedIn", values: { symbols: symbol } }] },
    });
    expect(await prisma.invitation.count({ where: { campaignId: second.id } })).toBe(0);
    await addAddressee(actor, second.id, { ...senegal, confirmOtherCampaign: true });
    expect(await prisma.invitation.count({ where: { campaignId: second.id, memberStateCode: "SN" } })).toBe(1);
  });
});

describe("sending", () => {
  test("the mail carries a personal link whose sha256 alone is stored; in the addressee's language", async () => {
    const { sendInvitation, getInvitationByToken } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { status: "NOT_SENT", memberStateCode: "CH", language: "en" });
    const now = new Date();

    await sendInvitation(actor, invitation.id, now);
    await deliverMailTo(prisma, invitation.email);

    const mail = await suite.smtp.waitFor(invitation.email);
    const link = firstLink(mail)!;
    expect(link).toMatch(new RegExp(`^http://localhost:3999/en/invitation/[A-Za-z0-9_-]{43}$`));
    const token = link.split("/").pop()!;
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(tokenHash(token));
    expect(row.tokenHash).not.toContain(token);
    expect([row.status, row.sentAt?.toISOString()]).toEqual(["SENT", now.toISOString()]);
    expect(mail.subject).toMatch(/^CL-T\/\w+: Invitation to the test Forum$/);
    expect(mail.text).toContain("Dear Director Ms Anna Rossi");
    expect(mail.text).toContain("Switzerland");
    expect((await getInvitationByToken(token))?.id).toBe(invitation.id);
    expect(await auditCount(invitation.id, "invitation.sent")).toBe(1);
    expect((await failure(sendInvitation(actor, invitation.id, now))).code).toBe("INVALID_STATE");
  });

  test("sending a campaign mails every unsent invitation once; a resend makes a new link and kills the old one", async () => {
    const { sendCampaign, resendInvitation, getInvitationByToken } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const { invitation: a } = await createInvitation(prisma, campaign, { status: "NOT_SENT", memberStateCode: "DE" });
    await createInvitation(prisma, campaign, { status: "NOT_SENT", memberStateCode: "AT" });
    const { invitation: c, token: oldToken } = await createInvitation(prisma, campaign, { status: "SENT", memberStateCode: "IT" });

    // after the reply-by date nothing is sent without the confirmation
    const late = new Date(Date.UTC(2099, 1, 1));
    await expect(sendCampaign(actor, campaign.id, late)).rejects.toMatchObject({
      code: "VALIDATION",
      detail: { key: "sendPastDeadline", values: { count: 2 } },
      // the reason sits under the box to tick, so the form shows the box (with or without JavaScript)
      fieldErrors: { confirmPastDeadline: [{ key: "sendPastDeadline", values: { count: 2 } }] },
    });
    await expect(resendInvitation(actor, c.id, late)).rejects.toMatchObject({ code: "VALIDATION", detail: { key: "sendPastDeadline", values: { count: 1 } } });
    expect(await prisma.outboxMessage.count({ where: { to: a.email } })).toBe(0);
    expect(await sendCampaign(actor, campaign.id, new Date())).toBe(2);
    const { invitation: d } = await createInvitation(prisma, campaign, { status: "NOT_SENT", memberStateCode: "FR" });
    expect(await sendCampaign(actor, campaign.id, late, { confirmPastDeadline: true })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { to: d.email } })).toBe(1);
    expect(await sendCampaign(actor, campaign.id, new Date())).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { to: a.email } })).toBe(1);

    await resendInvitation(actor, c.id, new Date());
    expect(await getInvitationByToken(oldToken)).toBeNull();
    expect(await prisma.outboxMessage.count({ where: { to: c.email, template: "invitation" } })).toBe(1);
    expect(await auditCount(c.id, "invitation.resent")).toBe(1);
  });

  test("revoke, bounce and resend move the status as allowed; other moves are INVALID_STATE; unknown ids NOT_FOUND", async () => {
    const { revokeInvitation, markInvitationBounced, resendInvitation, getInvitationByToken } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const { invitation, token } = await createInvitation(prisma, campaign, { memberStateCode: "PE" });
    const status = async () => (await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status;

    await markInvitationBounced(actor, invitation.id, new Date());
    expect(await status()).toBe("BOUNCED");
    expect((await failure(markInvitationBounced(actor, invitation.id, new Date()))).code).toBe("INVALID_STATE");
    await resendInvitation(actor, invitation.id, new Date());
    expect(await status()).toBe("SENT");
    await revokeInvitation(actor, invitation.id, new Date());
    expect(await status()).toBe("REVOKED");
    expect((await failure(revokeInvitation(actor, invitation.id, new Date()))).code).toBe("INVALID_STATE");
    expect((await failure(resendInvitation(actor, invitation.id, new Date()))).code).toBe("INVALID_STATE");
    expect((await failure(revokeInvitation(actor, "nope", new Date()))).code).toBe("NOT_FOUND");
    expect((await failure(revokeInvitation({ ...actor, role: "STAKEHOLDER" }, invitation.id, new Date()))).code).toBe("FORBIDDEN");
    expect(await getInvitationByToken(token)).toBeNull();
    expect(await auditCount(invitation.id)).toBe(3);
  });

  test("changing the address moves access to the new address at once (audited)", async () => {
    const { changeInvitationEmail, getInvitationForAddressee } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma);
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "NG" });
    const { invitation: other } = await createInvitation(prisma, campaign, { memberStateCode: "GH" });

    await changeInvitationEmail(actor, invitation.id, "new.minister@gov.example");

    expect(await getInvitationForAddressee(invitation.id, invitation.email)).toBeNull();
    expect((await getInvitationForAddressee(invitation.id, "new.minister@gov.example"))?.id).toBe(invitation.id);
    expect(await auditCount(invitation.id, "invitation.email_changed")).toBe(1);
    expect(await failure(changeInvitationEmail(actor, invitation.id, other.email))).toEqual({
      code: "CONFLICT",
      fieldErrors: { email: ["emailAlreadyInvited"] },
    });
  });
});

describe("extensions", () => {
  test("an extension must be later than the campaign deadline; granting it is audited and lets the late delegate answer", async () => {
    const { grantExtension, saveDelegation } = await load();
    const actor = await createSecretariat(prisma);
    const campaign = await createCampaign(prisma, { responseDeadline: endOfGenevaDay(2099, 1, 15) });
    const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: "TH" });
    const delegate = await createDelegate(prisma, invitation.email);
    const late = new Date("2099-01-20T10:00:00Z");

    expect((await failure(saveDelegation(delegate, invitation.id, { intent: "draft", members: [] }, late))).code).toBe("DEADLINE_PASSED");
    expect(await failure(grantExtension(actor, invitation.id, day("2099-01-15"), "asked"))).toEqual({
      code: "VALIDATION",
      fieldErrors: { until: ["extensionNotLater"] },
    });

    const until = await grantExtension(actor, invitation.id, day("2099-01-31"), "The ministry asked on 14 January");

    expect(until.toISOString()).toBe("2099-01-31T23:00:00.000Z");
    expect((await failure(saveDelegation(delegate, invitation.id, { intent: "draft", members: [] }, late))).code).toBe("OK");
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: invitation.id, action: "invitation.deadline_extended" } });
    expect(entry.actorId).toBe(actor.id);
    expect(entry.data).toMatchObject({ to: "2099-01-31T23:00:00.000Z", reason: "The ministry asked on 14 January" });
  });
});

describe("the mailed link", () => {
  test("three GETs of the link (as a mail scanner does) write nothing", async () => {
    const { getInvitationByToken } = await load();
    const campaign = await createCampaign(prisma);
    const { invitation, token } = await createInvitation(prisma, campaign, { memberStateCode: "NZ" });
    const before = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    const counts = async () => [await prisma.auditEntry.count(), await prisma.outboxMessage.count(), await prisma.participationConfirmation.count()];
    const countsBefore = await counts();

    for (let i = 0; i < 3; i++) expect((await getInvitationByToken(token))?.id).toBe(invitation.id);

    expect(await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });

  test("a malformed, unknown or unsent token finds nothing", async () => {
    const { getInvitationByToken } = await load();
    const campaign = await createCampaign(prisma);
    const { token } = await createInvitation(prisma, campaign, { memberStateCode: "AU", status: "NOT_SENT" });

    expect(await getInvitationByToken(token)).toBeNull();
    expect(await getInvitationByToken("short")).toBeNull();
    expect(await getInvitationByToken("A".repeat(43))).toBeNull();
  });
});
