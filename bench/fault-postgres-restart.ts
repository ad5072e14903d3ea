// Fault: PostgreSQL restarts under load. One app instance serves public pages that read the
// database on each request (the agenda, the signed-in "My consultation") and takes contribution
// submissions at a steady rate; after a few seconds PostgreSQL is stopped (fast shutdown: open
// connections are cut), stays down, and starts again on the same port and data. Shown:
//   - no request hangs more than 10 s (each one's duration is recorded; the client gives up at 30 s);
//   - no partial write: every contribution in the database is SUBMITTED with its audit entry and
//     its outbox mail, and every submit answered with success is in the database;
//   - the app recovers without a restart of its own: pages and submits succeed again after the
//     database is back (same server process, its pid checked).
// Reference in the same run: the same requests before the fault (their error rate and p95).
//
//   NODE_ENV=production npx next build && node --import tsx bench/fault-postgres-restart.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, freePort } from "../lib/postgres/embedded.ts";
import { applyMigrations, openEngine } from "../lib/migrations/engine.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seed } from "../prisma/seed.ts";
import { actionId, callAction, formData } from "./lib/actions.ts";
import { createStakeholders } from "./lib/fixtures.ts";
import { bounded, log, sleep, startApp, writeResults } from "./lib/harness.ts";

const { values } = parseArgs({
  options: {
    rate: { type: "string", default: "20" },
    port: { type: "string", default: "3830" },
    "down-seconds": { type: "string", default: "5" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
  },
});
const rate = Number(values.rate);
const words = [
  "access",
  "broadband",
  "capacity",
  "digital",
  "ethics",
  "finance",
  "gender",
  "health",
  "inclusion",
  "justice",
  "knowledge",
  "literacy",
  "media",
  "networks",
  "openness",
  "privacy",
  "quality",
  "resilience",
  "security",
  "trust",
];
const HANG_LIMIT_MS = 10_000;

interface Outcome {
  at: number;
  phase: "before" | "down" | "after";
  kind: "agenda" | "mine" | "submit";
  ok: boolean;
  status: number;
  ms: number;
  title?: string;
  error?: string;
}

await bounded(6 * 60_000, async (cleanup) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pg-restart-"));
  fs.chmodSync(dataDir, 0o755);
  cleanup(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const pgPort = await freePort();
  let pg = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "bench" });
  cleanup(() => pg.stop());
  const url = pg.url("bench");
  const engine = await openEngine({ url });
  await applyMigrations(engine);
  await engine.close();
  const prisma = createPrismaClient(url, 2);
  cleanup(() => prisma.$disconnect());
  log(`seeded: ${await seed(prisma)}`);
  const stakeholders = await createStakeholders(prisma, 20, "pgfault");
  await prisma.$disconnect();

  const app = await startApp({ port: Number(values.port), databaseUrl: url, distDir: values.dist });
  cleanup(() => app.stop());
  const pid = app.child.pid;
  const contributeId = actionId(values.dist!, "lib/submissions/actions.ts", "saveContributionAction");

  let phase: Outcome["phase"] = "before";
  const t0 = performance.now();
  const outcomes: Outcome[] = [];
  const get = async (kind: "agenda" | "mine", pathname: string, cookie?: string) => {
    const started = performance.now();
    const p = phase;
    try {
      const r = await fetch(app.base + pathname, { headers: cookie ? { Cookie: cookie } : {}, signal: AbortSignal.timeout(30_000), redirect: "manual" });
      await r.arrayBuffer();
      outcomes.push({ at: started - t0, phase: p, kind, ok: r.status === 200, status: r.status, ms: performance.now() - started });
    } catch (e) {
      outcomes.push({ at: started - t0, phase: p, kind, ok: false, status: 0, ms: performance.now() - started, error: String(e) });
    }
  };
  let n = 0;
  const submit = async () => {
    const i = n++;
    const s = stakeholders[i % stakeholders.length];
    // titles far apart, so that the near-duplicate check (which keeps a submit as a draft) stays out of it
    const title = `${i.toString(36)} ${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]} after an outage`;
    const started = performance.now();
    const p = phase;
    const fields = {
      intent: "submit",
      topic: "THEMATIC_ASPECTS",
      title,
      summary: "What a short outage of the database does to the portal.",
      body: "Every submission is written whole or not at all, and the portal comes back by itself.",
      language: "en",
      actionLines: ["C1"],
      sdgs: ["9"],
    };
    try {
      const r = await callAction(
        app.base,
        "/en/consultation/2027/contributions/new",
        contributeId,
        ["en", { year: 2027 }, { status: "idle" }, formData(fields)],
        s.cookie,
        30_000,
      );
      outcomes.push({
        at: started - t0,
        phase: p,
        kind: "submit",
        ok: r.status === 200 && !!r.redirect?.includes("/consultation/submissions/") && !r.errorCode,
        status: r.status,
        ms: r.ms,
        title,
        error: r.errorCode ?? undefined,
      });
    } catch (e) {
      outcomes.push({ at: started - t0, phase: p, kind: "submit", ok: false, status: 0, ms: performance.now() - started, title, error: String(e) });
    }
  };

  // open loop: `rate` requests a second, a third each of agenda, My consultation and submits
  const pending: Promise<void>[] = [];
  let stop = false;
  const loop = (async () => {
    for (let i = 0; !stop; i++) {
      const k = i % 3;
      pending.push(
        k === 0 ? get("agenda", "/en/forums/2027/agenda") : k === 1 ? get("mine", "/en/consultation", stakeholders[i % stakeholders.length].cookie) : submit(),
      );
      await sleep(1000 / rate);
    }
  })();

  await sleep(10_000);
  log("stopping PostgreSQL (fast shutdown)");
  phase = "down";
  const downAt = performance.now() - t0;
  await pg.stop();
  await sleep(Number(values["down-seconds"]) * 1000);
  log("starting PostgreSQL again");
  pg = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "bench" });
  const upAt = performance.now() - t0;
  phase = "after";
  await sleep(20_000);
  stop = true;
  await loop;
  await Promise.all(pending);

  // recovered: the same process answers and writes again
  const alive = app.child.exitCode === null && app.child.pid === pid;
  // recovered: the same process, and from 10 s after the restart it fails no more often than
  // before the fault (on a loaded machine some requests fail before the fault too)
  const lastAfter = outcomes.filter((o) => o.phase === "after" && o.at > upAt + 10_000);
  const failRate = (os: Outcome[]) => os.filter((o) => !o.ok).length / Math.max(1, os.length);
  const before = outcomes.filter((o) => o.phase === "before");
  const recovered = alive && lastAfter.some((o) => o.ok && o.kind === "submit") && failRate(lastAfter) <= failRate(before) + 0.1;

  const check = createPrismaClient(pg.url("bench"), 2);
  cleanup(() => check.$disconnect());
  const rows = await check.submission.findMany({
    where: { authorId: { in: stakeholders.map((s) => s.userId) } },
    select: { id: true, title: true, status: true, createdAt: true, reference: true },
  });
  const audits = await check.auditEntry.groupBy({
    by: ["entityId"],
    where: { entityId: { in: rows.map((r) => r.id) }, action: "submission.submitted" },
    _count: true,
  });
  const mails = await check.outboxMessage.count({ where: { to: { in: stakeholders.map((s) => s.email) } } });
  const submitted = rows.filter((r) => r.status === "SUBMITTED");
  const submittedIds = new Set(submitted.map((r) => r.id));
  const okTitles = outcomes.filter((o) => o.kind === "submit" && o.ok).map((o) => o.title!);
  const stored = new Set(rows.map((r) => r.title));
  const longest = Math.max(...outcomes.map((o) => o.ms));

  const checks = {
    [`no request took more than ${HANG_LIMIT_MS / 1000} s (longest ${(longest / 1000).toFixed(1)} s; before the fault ${(Math.max(...before.map((o) => o.ms)) / 1000).toFixed(1)} s)`]:
      longest <= HANG_LIMIT_MS,
    "every submit answered with success is stored": okTitles.every((t) => stored.has(t)),
    "no partial write: each SUBMITTED contribution has one audit entry and one mail (a draft neither)":
      audits.length === submitted.length && audits.every((a) => a._count === 1 && submittedIds.has(a.entityId)) && mails === submitted.length,
    "the app recovered without a restart (same process; from 10 s after the restart no more failures than before the fault)": recovered,
  };
  const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : NaN);
  const line = (name: string, os: Outcome[]) =>
    `| ${name} | ${os.length} | ${os.filter((o) => o.ok).length} | ${os.filter((o) => !o.ok).length} | ${pct(
      os.map((o) => o.ms),
      50,
    ).toFixed(0)} | ${pct(
      os.map((o) => o.ms),
      95,
    ).toFixed(0)} | ${Math.max(...os.map((o) => o.ms)).toFixed(0)} |`;
  console.log(
    `PostgreSQL stopped at ${(downAt / 1000).toFixed(1)} s, back at ${(upAt / 1000).toFixed(1)} s; ${rate} requests/s (agenda, My consultation, contribution submits)\n`,
  );
  console.log("| Phase | requests | ok | failed | p50 (ms) | p95 (ms) | max (ms) |\n|---|---:|---:|---:|---:|---:|---:|");
  console.log(
    line(
      "reference: before the fault",
      outcomes.filter((o) => o.phase === "before"),
    ),
  );
  console.log(
    line(
      "PostgreSQL down",
      outcomes.filter((o) => o.phase === "down"),
    ),
  );
  console.log(
    line(
      "after restart: first 10 s",
      outcomes.filter((o) => o.phase === "after" && o.at <= upAt + 10_000),
    ),
  );
  console.log(line("after restart: later", lastAfter));
  const failures = outcomes.filter((o) => !o.ok);
  const statuses = [...new Set(failures.map((f) => `${f.kind} ${f.status}${f.error ? ` ${f.error.slice(0, 60)}` : ""}`))];
  console.log(`\nFailed answers: ${statuses.slice(0, 8).join("; ") || "none"}`);
  console.log(`Database: ${rows.length} contributions stored, ${okTitles.length} acknowledged, ${mails} outbox mails`);
  // the rows a partial write would show: no audit entry, or no mail
  const audited = new Set(audits.map((a) => a.entityId));
  const mailedTexts = await check.outboxMessage.findMany({ where: { to: { in: stakeholders.map((s) => s.email) } }, select: { text: true } });
  const incomplete = submitted.filter((r) => !audited.has(r.id) || !mailedTexts.some((m) => m.text.includes(r.reference)));
  if (incomplete.length) console.log(`Incomplete rows: ${JSON.stringify(incomplete.map((r) => ({ ...r, audited: audited.has(r.id) })))}`);
  for (const [name, passed] of Object.entries(checks)) console.log(`- ${passed ? "✓" : "✗"} ${name}`);
  writeResults("fault-postgres-restart", { rate, downAt, upAt, checks, longest, outcomes: outcomes.length, failed: failures.length });
  if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
});
