// One outbox worker in its own process, as on one of N app instances: started by
// tests/integration/outbox-workers.test.ts with DATABASE_URL, SMTP_URL and OUTBOX_IDS (the
// messages it may send). It says "ready", waits for "go" on stdin so that every worker starts at
// once, delivers rounds of 5 until a round finds nothing, and prints how many it sent.
// Run with `node --conditions=react-server --import tsx` ("server-only" allows that condition).
import readline from "node:readline";
import { db } from "@/lib/db";
import { deliverDueMail } from "@/lib/email/outbox";

const ids = JSON.parse(process.env.OUTBOX_IDS ?? "[]") as string[];
await db.$queryRaw`SELECT 1`; // connected before the start line
console.log("ready");
await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once("line", () => resolve()));

let sent = 0;
let failed = 0;
for (;;) {
  const round = await deliverDueMail({ ids, limit: 5 });
  sent += round.sent;
  failed += round.failed;
  if (round.sent + round.failed === 0) break;
}
console.log(JSON.stringify({ sent, failed }));
await db.$disconnect();
process.exit(0);
