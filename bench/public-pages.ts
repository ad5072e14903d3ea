// The public pages from ONE app instance alone on one core (no cache front), this branch's build
// beside a baseline build (main's, i.e. today's figures) measured in the same run on the same
// database, with robots.txt as the ceiling of each server; then, on the same core, Next.js alone
// (bench/floor): its prerendered home and its robots.txt, what Next.js serves at most on this core
// whatever the portal does. wrk on the other core. Without a baseline build (its folder missing),
// only Next.js alone is the reference.
//
//   NODE_ENV=production npx next build                                        # this branch → .next
//   git worktree add /tmp/main-wt main && (cd /tmp/main-wt && npm install && NEXT_DIST_DIR=.next-main npx next build)
//   node --import tsx bench/public-pages.ts --baseline-dir /tmp/main-wt --baseline-dist .next-main
//   (or a baseline built in this directory: --baseline-dist .next-main, no --baseline-dir)
//
// Goal (issue 14): each page ≥ 3× the issue's figure (bench/lib/pages.ts), edition home ≥ 1,000
// req/s, agenda ≥ 300 req/s. The baseline is the reference of the same run: a build before a change.
// Prints a Markdown table and writes bench/results/public-pages.json.
import path from "node:path";
import { parseArgs } from "node:util";
import fs from "node:fs";
import { startFloor } from "./lib/floor.ts";
import { oneInstanceGoal, publicPages } from "./lib/pages.ts";
import {
  bounded,
  drain,
  log,
  requireCommand,
  root,
  startApp,
  startSeededDatabase,
  table,
  wrk,
  writeResults,
  type LoadResult,
  type Row,
} from "./lib/harness.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3800" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    "baseline-dist": { type: "string", default: ".next-main" },
    "baseline-dir": { type: "string" },
  },
});
requireCommand("wrk", "apt-get install -y wrk");
const duration = Number(values.duration);
const connections = Number(values.connections);

const ceiling = { name: "Ceiling: robots.txt", path: "/robots.txt" };

async function firstAnswer(label: string, url: string) {
  // on a loaded machine the first answer may take a while or drop a kept-alive socket: three tries
  let status = 0;
  for (let attempt = 0; attempt < 3 && status !== 200; attempt++)
    status = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      (r) => r.status,
      () => 0,
    );
  if (status !== 200) throw new Error(`${label}: ${url} answered ${status}`);
}

await bounded(20 * 60_000, async (cleanup) => {
  const db = await startSeededDatabase();
  cleanup(() => db.stop());
  // both servers run side by side on the server core; each page is loaded on one, then on the
  // other, so that both see the same machine (the idle one costs next to nothing)
  const port = Number(values.port);
  log(`this build: ${path.join(root, values.dist!)}; baseline: ${path.join(values["baseline-dir"] ?? root, values["baseline-dist"]!)}`);
  const mineApp = await startApp({ port, databaseUrl: db.url, distDir: values.dist });
  cleanup(() => mineApp.stop());
  const baselineBuilt = fs.existsSync(path.join(values["baseline-dir"] ?? root, values["baseline-dist"]!, "BUILD_ID"));
  if (!baselineBuilt) log("no baseline build: Next.js alone is the only reference");
  const baseApp = baselineBuilt
    ? await startApp({ port: port + 1, databaseUrl: db.url, distDir: values["baseline-dist"], cwd: values["baseline-dir"] ?? root })
    : null;
  if (baseApp) cleanup(() => baseApp.stop());
  const portal = new Map<string, LoadResult>();
  const baseline = new Map<string, LoadResult>();
  const measure = async (label: string, app: { base: string; child: { pid?: number } }, pagePath: string) => {
    const url = app.base + pagePath;
    await firstAnswer(label, url);
    wrk(url, { duration: 2, connections }); // warm-up: caches, database connections, JIT
    await drain(app.base);
    const r = wrk(url, { duration, connections, serverPid: app.child.pid });
    await drain(app.base);
    log(`${label} ${pagePath}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms`);
    return r;
  };
  for (const page of [...publicPages, ceiling]) {
    for (const [label, app, results] of [["this build", mineApp, portal], ...(baseApp ? ([["baseline", baseApp, baseline]] as const) : [])] as const) {
      results.set(page.path, await measure(label, app, page.path));
    }
  }
  // Next.js alone, once the portal's servers have stopped, on the same core
  await mineApp.stop();
  await baseApp?.stop();
  const floor = await startFloor(port + 2);
  cleanup(() => floor.stop());
  const floorHome = await measure("Next.js alone", floor, "/");
  const floorRobots = await measure("Next.js alone", floor, "/robots.txt");
  const goalOf = (p: { path: string; issue?: number; floor?: number }) =>
    p.issue === undefined ? "" : oneInstanceGoal({ issue: p.issue, floor: p.floor }, portal.get(p.path)!.rps);
  const rows: Row[] = baseApp
    ? [...publicPages, ceiling].map((p) => ({ name: p.name, path: p.path, portal: portal.get(p.path)!, reference: baseline.get(p.path)!, goal: goalOf(p) }))
    : [];
  const floorRows: Row[] = [...publicPages, ceiling].map((p) => ({
    name: p.name,
    path: p.path,
    portal: portal.get(p.path)!,
    reference: p.path === ceiling.path ? floorRobots : floorHome,
    goal: goalOf(p),
  }));
  console.log(`One app instance on one core, ${connections} connections, ${duration} s per page (wrk on the other core)\n`);
  if (baseApp) console.log(table(rows, { portal: "this build", reference: "baseline" }) + "\n");
  console.log(`The same pages beside Next.js alone (bench/floor) on the same core: its prerendered home (robots.txt beside its own robots.txt)\n`);
  console.log(table(floorRows, { portal: "this build", reference: "Next.js alone" }));
  writeResults("public-pages", { duration, connections, dist: values.dist, baseline: baseApp ? values["baseline-dist"] : null, rows, floorRows });
});
