import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listReminderRecipients } from "@/lib/mail-admin/queries";
import { resendMail, sendReminders } from "@/lib/mail-admin/service";
import { createEdition, createUser } from "../../factories/core";
import { ensureMemberStates } from "../../factories/invitations";
import { uniqueEmail } from "../../helpers/database";
import { asSecretariat } from "../../helpers/secretariat";
import type { Secretariat } from "@/lib/auth/session";

afterAll(() => db.$disconnect());

const now = new Date();
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
const staff = async (): Promise<Secretariat> => asSecretariat(await createUser(db, { role: "SECRETARIAT" }));

async function draft(editionId: string, authorId: string, kind: "CONTRIBUTION" | "WORKSHOP_REQUEST", title: string, status: "DRAFT" | "SUBMITTED" = "DRAFT") {
  return db.submission.create({
    data: {
      reference: `R-${Math.random().toString(36).slice(2)}`,
      editionId,
      kind,
      status,
      authorId,
      title,
      normalizedTitle: title.toLowerCase(),
      language: "en",
    },
  });
}

describe("reminders", () => {
  test("drafts not submitted while their window is open are reminded once per round, in the author's language", async () => {
    const actor = await staff();
    const edition = await createEdition(db, { deadlines: { CONTRIBUTION: { closesAt: inDays(3) }, WORKSHOP_REQUEST: { closesAt: inDays(-1) } } });
    const arabic = await db.user.create({ data: { email: uniqueEmail("ar-author"), name: "ليلى", preferredLanguage: "ar" } });
    const done = await createUser(db);
    await draft(edition.id, arabic.id, "CONTRIBUTION", "مسودة أولى");
    await draft(edition.id, arabic.id, "WORKSHOP_REQUEST", "closed window");
    await draft(edition.id, done.id, "CONTRIBUTION", "Submitted already", "SUBMITTED");

    const preview = await listReminderRecipients(actor, "drafts", edition.id, now);
    const first = await sendReminders({ actor, kind: "drafts", editionId: edition.id, round: "r1", now });
    const again = await sendReminders({ actor, kind: "drafts", editionId: edition.id, round: "r1", now });

    expect(preview.map((r) => [r.email, r.items.map((i) => i.label)])).toEqual([[arabic.email, ["مسودة أولى"]]]);
    expect(first).toEqual({ recipients: 1, queued: 1 });
    expect(again).toEqual({ recipients: 1, queued: 0 });
    const mails = await db.outboxMessage.findMany({ where: { to: arabic.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.language).toBe("ar");
    expect(mails[0]!.text).toContain("مسودة أولى");
    expect(mails[0]!.text).not.toContain("closed window");
    expect(await db.outboxMessage.count({ where: { to: done.email } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "reminder.sent", entityId: edition.id } })).toBe(2);
  });

  test("invitations neither confirmed nor declined are reminded until their own deadline", async () => {
    await ensureMemberStates(db);
    const actor = await staff();
    const edition = await createEdition(db);
    const campaign = await db.invitationCampaign.create({
      data: {
        editionId: edition.id,
        symbol: "CL-T/1",
        letterDate: new Date(Date.UTC(2030, 0, 1)),
        subject: { en: "Invitation" },
        deadlines: { create: { editionId: edition.id, kind: "INVITATION_RESPONSE", closesAt: inDays(-1) } },
      },
      include: { deadlines: true },
    });
    const deadlineExtendedTo = (closesAt: Date) => ({ deadlineExtensions: { create: { deadlineId: campaign.deadlines[0]!.id, closesAt, reason: "test" } } });
    const base = { campaignId: campaign.id, editionId: edition.id, addresseeTitle: "Minister", language: "fr" as const };
    const extended = await db.invitation.create({
      data: { ...base, memberStateCode: "FR", addresseeName: "Extended", email: uniqueEmail("fr"), status: "VIEWED", ...deadlineExtendedTo(inDays(2)) },
    });
    await db.invitation.create({ data: { ...base, memberStateCode: "BE", addresseeName: "Late", email: uniqueEmail("be"), status: "SENT" } });
    await db.invitation.create({
      data: { ...base, memberStateCode: "CH", addresseeName: "Answered", email: uniqueEmail("ch"), status: "CONFIRMED", ...deadlineExtendedTo(inDays(2)) },
    });

    const result = await sendReminders({ actor, kind: "invitations", editionId: edition.id, round: "r1", now });

    expect(result).toEqual({ recipients: 1, queued: 1 });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: extended.email } });
    expect(mail.language).toBe("fr");
    expect(mail.text).toContain("CL-T/1 (FR)");
  });
});

describe("resend", () => {
  test("a failed message is queued again with its attempts reset; a sent one is copied", async () => {
    const actor = await staff();
    const failed = await db.outboxMessage.create({
      data: { to: uniqueEmail("f"), language: "en", template: "t", subject: "s", text: "x", status: "FAILED", attempts: 8, lastError: "ECONNREFUSED" },
    });
    const sent = await db.outboxMessage.create({
      data: { to: uniqueEmail("s"), language: "en", template: "t", subject: "s", text: "y", status: "SENT", attempts: 1, sentAt: now },
    });

    await resendMail({ actor, messageId: failed.id, now });
    const copy = await resendMail({ actor, messageId: sent.id, now });

    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect(copy.id).not.toBe(sent.id);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "QUEUED", to: sent.to, text: "y" });
    expect(await db.auditEntry.count({ where: { action: "mail.resent", entityId: { in: [failed.id, sent.id] } } })).toBe(2);
  });
});
