// Fault: the mail server is down while 100 delegates confirm participation. Confirmations must
// not fail (the mail waits in the outbox, written in each confirmation's transaction); once the
// server is back, every confirmation mail goes out exactly once, whatever the number of delivery
// rounds and senders running at the same time.
import { describe, expect, test } from "vitest";
import { freePort } from "@/lib/postgres/embedded";
import { createCampaign, createDelegate, createInvitation, threeDelegates } from "../../factories/invitations";
import { startSmtpCapture } from "../../helpers/smtp";
import { invitationSuite } from "../invitations/suite";

const suite = invitationSuite();
const prisma = suite.prisma;
const DELEGATES = 100;

describe("SMTP down while 100 delegates confirm", () => {
  test("confirmations succeed; after the server comes back each mail goes out exactly once", { timeout: 120_000 }, async () => {
    // a port where nothing listens yet: the transport reads SMTP_URL once, on first use
    const port = await freePort();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const { saveDelegation } = await import("@/lib/invitations/service/answers");
    const { deliverDueMail } = await import("@/lib/email/outbox");

    const campaign = await createCampaign(prisma);
    // one invitation per Member State of the letter
    const codes = (await prisma.memberState.findMany({ select: { code: true }, orderBy: { code: "asc" }, take: DELEGATES })).map((m) => m.code);
    const invitations = [];
    for (let i = 0; i < DELEGATES; i++) {
      const { invitation } = await createInvitation(prisma, campaign, { memberStateCode: codes[i], language: "en" });
      invitations.push({ invitation, delegate: await createDelegate(prisma, invitation.email) });
    }

    // 100 confirmations at once, each followed by a delivery attempt (as the action's after() does)
    const now = new Date();
    const results = await Promise.allSettled(
      invitations.map(async ({ invitation, delegate }) => {
        await saveDelegation(delegate, invitation.id, { intent: "submit", members: threeDelegates }, now);
        return deliverDueMail({ limit: 5 });
      }),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const emails = invitations.map(({ invitation }) => invitation.email);
    expect(await prisma.participationConfirmation.count({ where: { invitationId: { in: invitations.map((i) => i.invitation.id) }, state: "SUBMITTED" } })).toBe(
      DELEGATES,
    );
    const outbox = () => prisma.outboxMessage.findMany({ where: { to: { in: emails } } });
    const whileDown = await outbox();
    expect(whileDown).toHaveLength(DELEGATES);
    expect(whileDown.every((m) => m.status !== "SENT")).toBe(true);
    expect(whileDown.some((m) => m.status === "FAILED" && m.lastError)).toBe(true);

    // the server comes back on the same address; retries are due later, so deliver "in an hour",
    // from four senders at once (two instances' workers and two kicks), until nothing is left
    const smtp = await startSmtpCapture({ port });
    try {
      const later = new Date(Date.now() + 3600_000);
      for (let round = 0; round < 20; round++) {
        const sent = await Promise.all(Array.from({ length: 4 }, () => deliverDueMail({ now: later, limit: 25 })));
        if (sent.every((s) => s.sent === 0 && s.failed === 0)) break;
      }
      const after = await outbox();
      expect(after.filter((m) => m.status !== "SENT").map((m) => [m.to, m.status, m.lastError])).toEqual([]);
      for (const email of emails) expect(smtp.to(email), email).toHaveLength(1);
      expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(smtp.messages.length);
      // and a later round sends nothing again
      expect(await deliverDueMail({ now: new Date(Date.now() + 7 * 24 * 3600_000), limit: 500 })).toEqual({ sent: 0, failed: 0 });
      expect(smtp.messages.filter((m) => emails.includes(String((m.to as { text: string }).text)))).toHaveLength(DELEGATES);
    } finally {
      await smtp.close();
    }
  });
});
