import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../helpers/smtp";
import { uniqueEmail } from "../helpers/database";

// The outbox on several app instances: each instance runs its own worker (instrumentation.ts),
// and the claim (UPDATE … FOR UPDATE SKIP LOCKED) must hand each message to exactly one of them.
// Two real worker processes, one real SMTP server, 120 messages.
const root = path.resolve(import.meta.dirname, "../..");
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await smtp.close();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

interface Worker {
  ready: Promise<void>;
  go(): void;
  result: Promise<{ sent: number; failed: number }>;
}

function startWorker(ids: string[]): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/helpers/outbox-worker.ts"], {
    cwd: root,
    env: { ...process.env, SMTP_URL: smtp.url, OUTBOX_IDS: JSON.stringify(ids), NODE_ENV: "test" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  let onReady!: () => void;
  let onResult!: (r: { sent: number; failed: number }) => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const result = new Promise<{ sent: number; failed: number }>((resolve, reject) => {
    onResult = resolve;
    child.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
    setTimeout(() => reject(new Error("worker did not finish within 60 s")), 60_000).unref();
  });
  lines.on("line", (line) => {
    if (line === "ready") onReady();
    else if (line.startsWith("{")) onResult(JSON.parse(line));
  });
  return { ready, go: () => child.stdin!.write("go\n"), result };
}

describe("outbox on two instances", () => {
  test("two workers started together send each mail exactly once", { timeout: 120_000 }, async () => {
    const { db } = await import("@/lib/db");
    const recipients = Array.from({ length: 120 }, () => uniqueEmail("two-workers"));
    const rows = await db.outboxMessage.createManyAndReturn({
      data: recipients.map((to) => ({ to, language: "en" as const, template: "test", subject: "Once", text: "Only once" })),
      select: { id: true },
    });
    const ids = rows.map((r) => r.id);

    const workers = [startWorker(ids), startWorker(ids)];
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const [a, b] = await Promise.all(workers.map((w) => w.result));

    expect(a.failed + b.failed).toBe(0);
    expect(a.sent + b.sent).toBe(recipients.length);
    // both really worked side by side
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    for (const to of recipients) expect(smtp.to(to), to).toHaveLength(1);
    const after = await db.outboxMessage.findMany({ where: { id: { in: ids } }, select: { status: true, attempts: true } });
    expect(after).toHaveLength(recipients.length);
    expect(after.every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
  });

  test("a worker that stops (SIGTERM) gives back the messages it claimed but did not send", async () => {
    const { db } = await import("@/lib/db");
    const { enqueueMail, deliverDueMail } = await import("@/lib/email/outbox");
    const recipients = Array.from({ length: 4 }, () => uniqueEmail("released"));
    const ids = await db.$transaction(async (tx) =>
      Promise.all(recipients.map(async (to) => (await enqueueMail(tx, { to, language: "en", template: "test", subject: "Later", text: "Later" }))!)),
    );

    let checks = 0;
    const round = await deliverDueMail({ ids, shouldStop: () => checks++ >= 1 });

    expect(round).toEqual({ sent: 1, failed: 0 });
    const rows = await db.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.filter((r) => r.status === "SENT")).toHaveLength(1);
    const released = rows.filter((r) => r.status !== "SENT");
    expect(released).toHaveLength(3);
    for (const r of released) {
      expect(r.status).toBe("QUEUED");
      expect(r.attempts).toBe(0);
      expect(r.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    // another instance sends them at once
    expect(await deliverDueMail({ ids })).toEqual({ sent: 3, failed: 0 });
    for (const to of recipients) expect(smtp.to(to), to).toHaveLength(1);
  });
});
