// Signed-in pages from ONE app instance alone on one core: a stakeholder's "My consultation" and a
// delegate's invitation page, each with its session cookie (rendered per request: they are
// personal), beside robots.txt on the same server in the same run as the ceiling, and (with
// --baseline-dist) beside the same pages of another build (before a change) running next to it.
// wrk on the other core. Then Next.js alone (bench/floor, the same `next`, nothing of the
// portal's) on the same core: its page rendered per request is the floor of any such page here.
// Each figure also gives the server's CPU time per request (from /proc), which moves less than
// req/s when other work shares the machine. Goal (issue 14): ≥ 150 req/s each.
//
//   NODE_ENV=production npx next build && node --import tsx bench/signed-in.ts [--duration 15] [--connections 8]
//     [--baseline-dist .next-before [--baseline-dir DIR]]
import { parseArgs } from "node:util";
import { createDelegates, createStakeholders } from "./lib/fixtures.ts";
import { startFloor } from "./lib/floor.ts";
import { bounded, drain, log, requireCommand, startApp, startSeededDatabase, table, wrk, writeResults, type Row } from "./lib/harness.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "8" },
    port: { type: "string", default: "3820" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    "baseline-dist": { type: "string" },
    "baseline-dir": { type: "string" },
  },
});
requireCommand("wrk", "apt-get install -y wrk");
const duration = Number(values.duration);
const connections = Number(values.connections);
const GOAL = 150;

await bounded(10 * 60_000, async (cleanup) => {
  const db = await startSeededDatabase();
  cleanup(() => db.stop());
  const [delegate] = await createDelegates(db.prisma, 1, "signed-in");
  const [stakeholder] = await createStakeholders(db.prisma, 1, "signed-in");
  const app = await startApp({ port: Number(values.port), databaseUrl: db.url, distDir: values.dist });
  cleanup(() => app.stop());
  const baseline = values["baseline-dist"]
    ? await startApp({ port: Number(values.port) + 1, databaseUrl: db.url, distDir: values["baseline-dist"], cwd: values["baseline-dir"] ?? undefined })
    : null;
  if (baseline) cleanup(() => baseline.stop());

  const pages = [
    { name: "My consultation (stakeholder)", path: "/en/consultation", cookie: stakeholder.cookie, expect: "Stakeholder 0" },
    { name: "Invitation page (delegate)", path: `/en/invitations/${delegate.invitationId}`, cookie: delegate.cookie, expect: "Confirm participation" },
    // what a cached page's header reads once per load (components/layout/use-visitor.ts); the
    // front keeps only the anonymous answer, so a signed-in visitor's read reaches an instance
    { name: "Session read (stakeholder)", path: "/api/auth/session", cookie: stakeholder.cookie, expect: stakeholder.email },
  ];
  const measure = async (path: string, cookie?: string, server = app) => {
    wrk(server.base + path, { duration: 3, connections, headers: cookie ? { Cookie: cookie } : {} });
    await drain(server.base);
    const r = wrk(server.base + path, { duration, connections, headers: cookie ? { Cookie: cookie } : {}, serverPid: server.child.pid });
    await drain(server.base);
    return r;
  };
  const baselineRows: Row[] = [];
  const rows: Row[] = [];
  for (const page of pages) {
    const first = await fetch(app.base + page.path, { headers: { Cookie: page.cookie }, redirect: "manual" });
    const html = await first.text();
    if (first.status !== 200 || !html.includes(page.expect)) throw new Error(`${page.path} answered ${first.status} without "${page.expect}": not signed in?`);
    const portal = await measure(page.path, page.cookie);
    const reference = await measure("/robots.txt");
    log(`${page.path}: ${portal.rps.toFixed(1)} req/s, ${portal.cpuMsPerRequest?.toFixed(1)} ms CPU/request (robots.txt ${reference.rps.toFixed(1)})`);
    if (baseline) {
      const before = await measure(page.path, page.cookie, baseline);
      log(`baseline ${page.path}: ${before.rps.toFixed(1)} req/s, ${before.cpuMsPerRequest?.toFixed(1)} ms CPU/request`);
      baselineRows.push({ name: page.name, path: page.path.replace(delegate.invitationId, "<id>"), portal, reference: before });
    }
    rows.push({
      name: page.name,
      path: page.path.replace(delegate.invitationId, "<id>"),
      portal,
      reference,
      goal: page.path.startsWith("/api/") ? "(not a page)" : `≥ ${GOAL} req/s: ${portal.rps >= GOAL ? "met" : "NOT met"}`,
    });
  }
  // the floor: Next.js alone, started once the portal's rows are measured, on the same core
  await app.stop();
  const floor = await startFloor(Number(values.port) + 2);
  cleanup(() => floor.stop());
  const floorPage = await measure("/per-request", undefined, floor);
  const floorRobots = await measure("/robots.txt", undefined, floor);
  log(
    `Next.js alone /per-request: ${floorPage.rps.toFixed(1)} req/s, ${floorPage.cpuMsPerRequest?.toFixed(1)} ms CPU/request (its robots.txt ${floorRobots.rps.toFixed(1)})`,
  );
  const floorRows: Row[] = [
    {
      name: "Next.js alone: a page rendered per request",
      path: "/per-request",
      portal: floorPage,
      reference: floorRobots,
      goal: `≥ ${GOAL} req/s: ${floorPage.rps >= GOAL ? "met" : "NOT met"}`,
    },
  ];
  const againstFloor: Row[] = rows.filter((r) => !r.path.startsWith("/api/")).map((r) => ({ ...r, reference: floorPage, goal: undefined }));
  console.log(`Signed-in pages, one app instance on one core, ${connections} connections, ${duration} s (wrk on the other core)\n`);
  console.log(table(rows, { portal: "page", reference: "robots.txt" }));
  if (baseline) {
    console.log(`\nThe same pages beside the baseline build (${values["baseline-dist"]}), same database, same core\n`);
    console.log(table(baselineRows, { portal: "this build", reference: "baseline" }));
  }
  console.log(`\nNext.js alone (bench/floor: the same next, no database, no session, no messages), same core, same run\n`);
  console.log(table(floorRows, { portal: "page", reference: "robots.txt" }));
  console.log(`\nThe portal's signed-in pages beside Next.js alone's page rendered per request\n`);
  console.log(table(againstFloor, { portal: "portal", reference: "Next.js alone" }));
  writeResults("signed-in", { duration, connections, rows, baselineRows, floorRows });
});
