// Requests per second and latency of the public pages against `next start` (the production
// build), with autocannon. Like the e2e server, it starts a throwaway PostgreSQL, migrates and
// seeds it, then starts Next on its own port. On a 2-core machine the server is pinned to core 0
// and the load generator to core 1 (taskset, when present), so they do not compete.
//
//   NEXT_DIST_DIR=.next-public NODE_ENV=production npx next build     # once
//   NEXT_DIST_DIR=.next-public node --import tsx bench/public-pages.ts [--duration 10] [--connections 10]
//
// Prints a Markdown table (paste it into bench/README.md) and writes bench/results.json.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations, openEngine } from "../lib/migrations/engine.ts";
import { startEmbeddedPostgres } from "../lib/postgres/embedded.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seed } from "../prisma/seed.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3390" },
    /** write a CPU profile of the server (node --cpu-prof) into this directory */
    "cpu-prof-dir": { type: "string" },
  },
});
const root = path.resolve(import.meta.dirname, "..");
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;

/** The pages measured: the edition home and the agenda (whole, filtered, the larger demo agenda). */
const targets = [
  { name: "Edition home (current edition)", path: "/en" },
  { name: "Edition home, Arabic", path: "/ar" },
  { name: "Agenda 2020 (High-Level Track, 9 sessions)", path: "/en/forums/2020/agenda" },
  { name: "Agenda 2020 filtered by day", path: "/en/forums/2020/agenda?day=2020-04-07" },
  { name: "Agenda of the demo edition (17 sessions)", path: "/en/forums/2027/agenda" },
  { name: "Static reference: robots.txt", path: "/robots.txt" },
];

const hasTaskset = (() => {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const pinned = (core: number, command: string, args: string[]): [string, string[]] => (hasTaskset ? ["taskset", ["-c", String(core), command, ...args]] : [command, args]);

const pg = await startEmbeddedPostgres({ database: "bench" });
const databaseUrl = pg.url("bench");
const engine = await openEngine({ url: databaseUrl });
await applyMigrations(engine);
await engine.close();
const prisma = createPrismaClient(databaseUrl, 2);
console.error(`[bench] seeded: ${await seed(prisma)}`);
await prisma.$disconnect();

const profile = values["cpu-prof-dir"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof-dir"])}`] : [];
const [cmd, args] = pinned(0, process.execPath, [...profile, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"]);
const server = spawn(cmd, args, {
  cwd: root,
  detached: true,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: base,
    AUTH_URL: base,
    AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  },
});

async function stop() {
  // the server runs in its own process group: `next start` leaves next-server behind otherwise
  if (server.pid && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    try {
      process.kill(-server.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    } catch {
      // already gone
    }
  }
  await pg.stop();
}

interface AutocannonResult {
  requests: { average: number };
  latency: { average: number; p50: number; p90: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

function run(url: string, duration: number): AutocannonResult {
  const [c, a] = pinned(1, path.join(root, "node_modules/.bin/autocannon"), ["-j", "-c", values.connections!, "-d", String(duration), url]);
  return JSON.parse(execFileSync(c, a, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] })) as AutocannonResult;
}

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120) throw new Error("next start did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 500));
  }
  const rows = [];
  for (const t of targets) {
    run(base + t.path, 2); // warm-up: compile caches, database connections
    const r = run(base + t.path, Number(values.duration));
    rows.push({ ...t, rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts });
    console.error(`[bench] ${t.path}: ${r.requests.average} req/s`);
  }
  const lines = [
    `| Page | Path | Requests/s | p50 (ms) | p90 (ms) | p99 (ms) | non-2xx | errors |`,
    `|---|---|---:|---:|---:|---:|---:|---:|`,
    ...rows.map((r) => `| ${r.name} | \`${r.path}\` | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.non2xx} | ${r.errors} |`),
  ];
  console.log(lines.join("\n"));
  fs.writeFileSync(
    path.join(root, "bench/results.json"),
    JSON.stringify({ at: new Date().toISOString(), connections: Number(values.connections), durationSeconds: Number(values.duration), pinned: hasTaskset, rows }, null, 2) + "\n",
  );
} finally {
  await stop();
}
