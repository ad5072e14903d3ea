// The floor: bench/floor, a Next.js app with nothing of the portal's, built with the portal's own
// `next` and started on the same core in the same run. What it costs is what any page of the
// portal costs at least on that machine, whatever the portal does: the reference that says how
// far a goal is from Next.js itself, not only from robots.txt.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { actionId } from "./actions.ts";
import { log, root, startApp, type App } from "./harness.ts";

export const FLOOR_DIR = "bench/floor";
const distDir = path.join(FLOOR_DIR, ".next");

const newest = (dir: string): number =>
  Math.max(
    ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? (e.name === ".next" ? 0 : newest(p)) : fs.statSync(p).mtimeMs;
    }),
  );

/** Builds bench/floor (about 10 s) unless its build is newer than its sources. */
export function buildFloor() {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newest(path.join(root, FLOOR_DIR))) return;
  log("building bench/floor (Next.js alone)");
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build", FLOOR_DIR], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** `next start` of bench/floor on `port`, on the portal's core (it has no database). */
export async function startFloor(port: number): Promise<App> {
  buildFloor();
  return startApp({ port, databaseUrl: "postgresql://unused@127.0.0.1:1/none", projectDir: FLOOR_DIR });
}

/** The floor's server action: redirects to its page rendered per request, nothing else. */
export const floorSubmit = () => ({ pagePath: "/submit", id: actionId(distDir, `${FLOOR_DIR}/app/submit/actions.js`, "submitAction") });
