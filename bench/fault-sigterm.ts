// Fault: one of two app instances is stopped with SIGTERM under load behind the cache front
// (deploy/: nginx + two instances + Redis). Public GETs that reach the instances (each with its
// own query string, so the front's cache cannot answer them) and signed-in contribution submits
// run at a fixed rate through the front; after a few seconds instance A gets SIGTERM (a deploy,
// a scale-down) and the load goes on. Shown: no failed public GET, no lost submit (every submit
// answered with success and stored once). Reference in the same run: the same requests before
// the SIGTERM.
//
//   NODE_ENV=production npx next build && node --import tsx bench/fault-sigterm.ts
import os from "node:os";
import { parseArgs } from "node:util";
import { actionId, callAction, formData } from "./lib/actions.ts";
import { createStakeholders } from "./lib/fixtures.ts";
import { startFront } from "./lib/front.ts";
import { bounded, log, sleep, startSeededDatabase, writeResults } from "./lib/harness.ts";

const { values } = parseArgs({
  options: {
    "get-rate": { type: "string", default: "20" },
    "submit-rate": { type: "string", default: "4" },
    "front-port": { type: "string", default: "8802" },
    "redis-port": { type: "string", default: "6801" },
    "app-ports": { type: "string", default: "3803,3804" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
  },
});

interface Outcome {
  kind: "get" | "submit";
  phase: "before" | "after";
  ok: boolean;
  status: number;
  ms: number;
  title?: string;
  error?: string;
}

await bounded(8 * 60_000, async (cleanup) => {
  const db = await startSeededDatabase();
  cleanup(() => db.stop());
  const stakeholders = await createStakeholders(db.prisma, 20, "sigterm");
  const front = await startFront({
    databaseUrl: db.url,
    frontPort: Number(values["front-port"]),
    appPorts: values["app-ports"]!.split(",").map(Number),
    redisPort: Number(values["redis-port"]),
  });
  cleanup(() => front.stop());
  const contributeId = actionId(values.dist!, "lib/submissions/actions.ts", "saveContributionAction");
  const pages = ["/en", "/ar", "/en/forums/2027/consultation", "/en/forums/2027/agenda", "/en/documents"];

  let phase: Outcome["phase"] = "before";
  const outcomes: Outcome[] = [];
  let n = 0;
  const get = async () => {
    const i = n++;
    const p = phase;
    const started = performance.now();
    try {
      const r = await fetch(`${front.base}${pages[i % pages.length]}?sigterm=${i}`, { signal: AbortSignal.timeout(30_000) });
      await r.arrayBuffer();
      outcomes.push({ kind: "get", phase: p, ok: r.status === 200, status: r.status, ms: performance.now() - started });
    } catch (e) {
      outcomes.push({ kind: "get", phase: p, ok: false, status: 0, ms: performance.now() - started, error: String(e) });
    }
  };
  const submit = async () => {
    const i = n++;
    const p = phase;
    const s = stakeholders[i % stakeholders.length];
    const title = `Shutdown ${i} continuity of service ${i.toString(36)}`;
    const fields = {
      intent: "submit",
      topic: "THEMATIC_ASPECTS",
      title,
      summary: "What a rolling restart does to a submission.",
      body: "It is answered by the instance that took it, or by the other one; never lost.",
      language: "en",
      actionLines: ["C1"],
      sdgs: ["9"],
    };
    const started = performance.now();
    try {
      const r = await callAction(
        front.base,
        "/en/consultation/2027/contributions/new",
        contributeId,
        ["en", { year: 2027 }, { status: "idle" }, formData(fields)],
        s.cookie,
        30_000,
      );
      outcomes.push({
        kind: "submit",
        phase: p,
        ok: r.status === 200 && !!r.redirect?.includes("/consultation/submissions/") && !r.errorCode,
        status: r.status,
        ms: r.ms,
        title,
        error: r.errorCode ?? undefined,
      });
    } catch (e) {
      outcomes.push({ kind: "submit", phase: p, ok: false, status: 0, ms: performance.now() - started, title, error: String(e) });
    }
  };

  const pending: Promise<void>[] = [];
  let stop = false;
  const every = (rate: number, fn: () => Promise<void>) =>
    (async () => {
      const t0 = performance.now();
      for (let i = 0; !stop; i++) {
        pending.push(fn());
        const wait = t0 + ((i + 1) * 1000) / rate - performance.now();
        if (wait > 0) await sleep(wait);
      }
    })();
  const loops = [every(Number(values["get-rate"]), get), every(Number(values["submit-rate"]), submit)];
  await sleep(8_000);
  log(`SIGTERM to instance ${front.apps[0].port}`);
  phase = "after";
  const t = performance.now();
  await front.apps[0].stop("SIGTERM");
  const exitMs = performance.now() - t;
  log(`instance ${front.apps[0].port} exited after ${(exitMs / 1000).toFixed(1)} s`);
  await sleep(10_000);
  stop = true;
  await Promise.all(loops);
  await Promise.all(pending);

  const rows = await db.prisma.submission.findMany({ where: { authorId: { in: stakeholders.map((s) => s.userId) } }, select: { title: true, status: true } });
  const stored = rows.map((r) => r.title);
  const submits = outcomes.filter((o) => o.kind === "submit");
  const gets = outcomes.filter((o) => o.kind === "get");
  const checks = {
    "no failed public GET": gets.every((o) => o.ok),
    "no lost submit: every submit answered with success": submits.every((o) => o.ok),
    "every submit stored exactly once": submits.every((o) => stored.filter((t) => t === o.title).length === 1) && rows.length === submits.length,
  };
  const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : NaN);
  const line = (name: string, os: Outcome[]) =>
    `| ${name} | ${os.length} | ${os.filter((o) => !o.ok).length} | ${pct(
      os.map((o) => o.ms),
      50,
    ).toFixed(0)} | ${pct(
      os.map((o) => o.ms),
      95,
    ).toFixed(0)} | ${Math.max(...os.map((o) => o.ms)).toFixed(0)} |`;
  console.log(
    `SIGTERM to one of two instances behind the front (instance exited after ${(exitMs / 1000).toFixed(1)} s; load average ${os.loadavg()[0].toFixed(1)})\n`,
  );
  console.log("| Requests | n | failed | p50 (ms) | p95 (ms) | max (ms) |\n|---|---:|---:|---:|---:|---:|");
  console.log(
    line(
      "reference: public GETs before",
      gets.filter((o) => o.phase === "before"),
    ),
  );
  console.log(
    line(
      "public GETs from the SIGTERM on",
      gets.filter((o) => o.phase === "after"),
    ),
  );
  console.log(
    line(
      "reference: submits before",
      submits.filter((o) => o.phase === "before"),
    ),
  );
  console.log(
    line(
      "submits from the SIGTERM on",
      submits.filter((o) => o.phase === "after"),
    ),
  );
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) console.log(`\nFailures: ${[...new Set(failed.map((f) => `${f.kind} ${f.status} ${f.error ?? ""}`.trim()))].slice(0, 6).join("; ")}`);
  for (const [name, passed] of Object.entries(checks)) console.log(`- ${passed ? "✓" : "✗"} ${name}`);
  writeResults("fault-sigterm", { exitMs, checks, gets: gets.length, submits: submits.length, failed: failed.length });
  if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
});
