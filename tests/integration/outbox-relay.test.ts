import net from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";

// A relay that accepts the connection and then says nothing (overloaded, or a firewall holding
// the session): the send must fail within the relay's timeout and the mail stay queued for a
// retry, not hold the outbox's round. The transport reads SMTP_URL once per process, so this file
// has its own. The timeout is the URL's (an operator may set it there); the portal's defaults
// travel the same way (tests/unit/email/relay.test.ts).
const silent = net.createServer(() => {});
beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}?greetingTimeout=300`;
});
afterAll(async () => {
  silent.close();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

test("a relay that never greets fails the send within its timeout; the mail stays queued for a retry", async () => {
  const { db } = await import("@/lib/db");
  const { enqueueMail, deliverDueMail } = await import("@/lib/email/outbox");
  const to = `silent-relay-${Date.now()}@example.org`;
  const id = (await db.$transaction((tx) => enqueueMail(tx, { to, language: "en", template: "test", subject: "Held", text: "Held" })))!;

  const started = performance.now();
  expect(await deliverDueMail({ ids: [id] })).toEqual({ sent: 0, failed: 1 });
  expect(performance.now() - started).toBeLessThan(5_000); // nodemailer's own greeting timeout is 30 s

  const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
  expect(row.status).toBe("FAILED");
  expect(row.lastError).toMatch(/greeting/i);
  expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
});
