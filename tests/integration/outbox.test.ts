import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp";
import { freePort } from "@/lib/postgres/embedded";

// The transport reads SMTP_URL once: point it at a port that is first closed, then served.
let smtp: SmtpCapture | undefined;
let port: number;

beforeAll(async () => {
  port = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});
afterAll(async () => {
  await smtp?.close();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

const load = async () => {
  const { db } = await import("@/lib/db");
  const outbox = await import("@/lib/email/outbox");
  return { db, ...outbox };
};

describe("mail outbox", () => {
  test("a mail server that is down delays mail and loses none", async () => {
    const { db, enqueueMail, deliverDueMail } = await load();
    const to = `delegate-down-${Date.now()}@example.org`;
    const id = (await db.$transaction((tx) => enqueueMail(tx, { to, language: "fr", template: "test", subject: "Objet", text: "Bonjour" })))!;

    // only this message: other test files may have left mail of their own in the shared outbox
    const first = await deliverDueMail({ ids: [id] });

    expect(first).toEqual({ sent: 0, failed: 1 });
    const failed = await db.outboxMessage.findFirstOrThrow({ where: { to } });
    expect(failed.status).toBe("FAILED");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    smtp = await startSmtpCapture({ port });
    expect(await deliverDueMail({ ids: [id] })).toEqual({ sent: 0, failed: 0 }); // not due yet
    const later = await deliverDueMail({ ids: [id], now: new Date(failed.nextAttemptAt.getTime() + 1) });

    expect(later).toEqual({ sent: 1, failed: 0 });
    const mail = await smtp.waitFor(to);
    expect(mail.subject).toBe("Objet");
    expect(mail.text?.trim()).toBe("Bonjour");
    const sent = await db.outboxMessage.findFirstOrThrow({ where: { to } });
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(2);
  });

  test("mail written in a transaction that rolls back is never sent", async () => {
    const { db, enqueueMail, deliverDueMail } = await load();
    smtp ??= await startSmtpCapture({ port });
    const to = `rolled-back-${Date.now()}@example.org`;

    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, { to, language: "en", template: "test", subject: "Never", text: "Never" });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    await deliverDueMail();

    expect(await db.outboxMessage.count({ where: { to } })).toBe(0);
    expect(smtp.to(to)).toHaveLength(0);
  });

  test("a dedupe key makes one mail per event, however often it is enqueued", async () => {
    const { db, enqueueMail, deliverDueMail } = await load();
    smtp ??= await startSmtpCapture({ port });
    const to = `once-${Date.now()}@example.org`;
    const template = { to, language: "ar" as const, template: "test", subject: "مرة واحدة", text: "نص" };

    const mail = { ...template, dedupeKey: `test:once:${Date.now()}` };
    const ids = await Promise.all(Array.from({ length: 5 }, () => db.$transaction((tx) => enqueueMail(tx, mail))));
    expect(ids.filter(Boolean)).toHaveLength(1);
    // three rounds race for it (limited to it: mail other test files left due is not this test's)
    const only = { ids: ids.filter((id): id is string => Boolean(id)) };
    await Promise.all([deliverDueMail(only), deliverDueMail(only), deliverDueMail(only)]);

    const received = await smtp.waitFor(to);
    expect(received.subject).toBe("مرة واحدة");
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.to(to)).toHaveLength(1);
  });

  test("attachments written with the message in its transaction reach the recipient byte for byte, and a resent mail carries them again", async () => {
    const { db, enqueueMail, deliverDueMail, copyAttachments } = await load();
    smtp ??= await startSmtpCapture({ port });
    const to = `visa-letter-${Date.now()}@example.org`;
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(50_000), Buffer.from("\n%%EOF\n")]);
    const notes = Buffer.from("Référence WSIS-2027-V-000001\n", "utf8");

    const id = (await db.$transaction((tx) =>
      enqueueMail(tx, {
        to,
        language: "fr",
        template: "test",
        subject: "Lettre",
        text: "Ci-joint la lettre.",
        attachments: [
          { filename: "lettre-visa WSIS-2027-V-000001.pdf", contentType: "application/pdf", content: pdf },
          { filename: "notes.txt", contentType: "text/plain; charset=utf-8", content: notes },
        ],
      }),
    ))!;
    expect(await deliverDueMail({ ids: [id] })).toEqual({ sent: 1, failed: 0 });

    const mail = await smtp.waitFor(to);
    expect(mail.text?.trim()).toBe("Ci-joint la lettre.");
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.contentDisposition])).toEqual([
      ["lettre-visa WSIS-2027-V-000001.pdf", "application/pdf", "attachment"],
      ["notes.txt", "text/plain", "attachment"],
    ]);
    expect(Buffer.compare(mail.attachments[0].content, pdf)).toBe(0);
    expect(mail.attachments[1].content.toString("utf8")).toBe(notes.toString("utf8"));

    const again = await db.$transaction(async (tx) => {
      const copy = await tx.outboxMessage.create({
        data: { to, language: "fr", template: "test", subject: "Lettre (bis)", text: "Encore." },
        select: { id: true },
      });
      await copyAttachments(tx, id, copy.id);
      return copy.id;
    });
    await deliverDueMail({ ids: [again] });
    const resent = await smtp.waitFor(to, { subject: /bis/ });
    expect(resent.attachments.map((a) => a.filename)).toEqual(["lettre-visa WSIS-2027-V-000001.pdf", "notes.txt"]);
    expect(Buffer.compare(resent.attachments[0].content, pdf)).toBe(0);
  });

  test("a mail with too large attachments is refused inside the transaction, which then writes nothing", async () => {
    const { db, enqueueMail, MAX_ATTACHMENT_BYTES } = await load();
    const to = `too-large-${Date.now()}@example.org`;

    await expect(
      db.$transaction((tx) =>
        enqueueMail(tx, {
          to,
          language: "en",
          template: "test",
          subject: "Big",
          text: "Big",
          attachments: [{ filename: "big.pdf", contentType: "application/pdf", content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) }],
        }),
      ),
    ).rejects.toThrow(/too large/);

    expect(await db.outboxMessage.count({ where: { to } })).toBe(0);
  });

  test("one kick drains a backlog larger than a round: mail committed in a rush does not wait for the timer", async () => {
    const { db, enqueueMail } = await load();
    const { kickOutbox } = await import("@/lib/email/worker");
    smtp ??= await startSmtpCapture({ port });
    const tag = `rush-${Date.now()}`;
    const addresses = Array.from({ length: 30 }, (_, i) => `${tag}-${i}@example.org`);
    // the kick sends all due mail: what other files left queued (to closed ports) waits until
    // this test is over, then is due when it was (other files' tests count on it)
    const others = await db.outboxMessage.findMany({ where: { status: { in: ["QUEUED", "FAILED"] } }, select: { id: true, nextAttemptAt: true } });
    await db.outboxMessage.updateMany({ where: { id: { in: others.map((m) => m.id) } }, data: { nextAttemptAt: new Date(Date.now() + 86_400_000) } });
    try {
      // 30 confirmations committed at once, more than a round of 25
      await db.$transaction(async (tx) => {
        for (const to of addresses) await enqueueMail(tx, { to, language: "en", template: "test", subject: "Received", text: "Your confirmation" });
      });

      // the commit's kick; a second one while it runs (another submit) asks for one more round
      const first = kickOutbox();
      void kickOutbox();
      await first;

      expect(await db.outboxMessage.count({ where: { to: { in: addresses }, status: "SENT" } })).toBe(30);
      for (const to of addresses) expect(smtp.to(to)).toHaveLength(1);
    } finally {
      await db.$transaction(others.map((m) => db.outboxMessage.update({ where: { id: m.id }, data: { nextAttemptAt: m.nextAttemptAt } })));
    }
  });
});
