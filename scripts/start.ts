// npm start  : the portal on http://localhost:3000 (production build, built when missing or stale)
// npm run dev: the same with hot reload (next dev)
// Without DATABASE_URL an embedded PostgreSQL keeps its data in .data/pg; migrations are applied
// and, on first start, the demo data is seeded. Without SMTP_URL mail is kept in .data/mail.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, openEngine } from "../lib/migrations/engine.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seed } from "../prisma/seed.ts";
import { openDatabase, projectRoot } from "./lib/database.ts";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = path.join(projectRoot, ".data");
const nextBin = path.join(projectRoot, "node_modules", ".bin", "next");

/** A stable secret for signing sessions locally, created once in .data (never in git). */
function localAuthSecret(): string {
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

function buildIfNeeded(env: NodeJS.ProcessEnv) {
  const buildId = path.join(projectRoot, env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSource()) return;
  console.log("Building the portal (next build); this takes a minute or two the first time…");
  const result = spawnSync(nextBin, ["build"], { cwd: projectRoot, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed (see above)");
}

async function main() {
  const database = await openDatabase({ keepRunning: true });
  const local = !process.env.DATABASE_URL;
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

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret(),
    APP_URL: process.env.APP_URL || `http://localhost:${port}`,
    AUTH_URL: process.env.AUTH_URL || process.env.APP_URL || `http://localhost:${port}`,
    MAIL_DIR: process.env.MAIL_DIR || path.join(dataDir, "mail"),
    LOCAL_DEMO: local ? "true" : process.env.LOCAL_DEMO,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) buildIfNeeded({ ...env, NODE_ENV: "production" });

  // next is started directly (not through npx) so that stopping it stops the server itself
  // while sign-in links land in the local mailbox, only this machine may reach the portal
  // (LISTEN_HOST=0.0.0.0 to listen on every interface anyway; the mailbox page still checks)
  const hostname = process.env.LISTEN_HOST || (!process.env.SMTP_URL ? "127.0.0.1" : undefined);
  const child = spawn(nextBin, [dev ? "dev" : "start", "-p", port, ...(hostname ? ["-H", hostname] : [])], {
    cwd: projectRoot,
    env: dev ? env : { ...env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  if (local) console.log(`Portal: http://localhost:${port}  (embedded PostgreSQL on port ${database.embedded?.port}; mail in ${env.MAIL_DIR})`);
  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    if (database.embedded) await database.embedded.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
