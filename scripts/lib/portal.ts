// What `npm start` and `npm run deploy:local` share: the database made ready (embedded
// PostgreSQL unless DATABASE_URL, migrations applied, demo data on first start), the local
// session secret, and a production build that is not older than the sources.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, openEngine } from "../../lib/migrations/engine.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seed } from "../../prisma/seed.ts";
import { openDatabase, projectRoot, type Database } from "./database.ts";

export const dataDir = path.join(projectRoot, ".data");
export const nextBin = path.join(projectRoot, "node_modules", ".bin", "next");

/** A stable secret for signing sessions locally, created once in .data (never in git). */
export function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Newest modification time under the source folders, to tell whether the build is stale. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public"]) if (fs.existsSync(path.join(projectRoot, dir))) walk(path.join(projectRoot, dir));
  for (const file of ["next.config.ts", "proxy.ts", "instrumentation.ts", "package-lock.json"]) {
    const full = path.join(projectRoot, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded(env: NodeJS.ProcessEnv) {
  const buildId = path.join(projectRoot, env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSource()) return;
  console.log("Building the portal (next build); this takes a minute or two the first time…");
  const result = spawnSync(nextBin, ["build"], { cwd: projectRoot, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed (see above)");
}

/** Opens (or starts) the database, applies pending migrations, seeds an empty one. */
export async function prepareDatabase(): Promise<Database> {
  const database = await openDatabase({ keepRunning: true });
  const engine = await openEngine({ url: database.url });
  try {
    const applied = await applyMigrations(engine);
    if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  } finally {
    await engine.close();
  }
  const prisma = createPrismaClient(database.url, 2);
  try {
    if ((await prisma.forumEdition.count()) === 0) console.log(`First start, seeded: ${await seed(prisma)}`);
  } finally {
    await prisma.$disconnect();
  }
  return database;
}
