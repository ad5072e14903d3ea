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
    await Promise.all([deliverDueMail(), deliverDueMail(), deliverDueMail()]);

    expect(ids.filter(Boolean)).toHaveLength(1);
    const received = await smtp.waitFor(to);
    expect(received.subject).toBe("مرة واحدة");
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.to(to)).toHaveLength(1);
  });
});
