// npm start  : the portal on http://localhost:3000 (production build, built when missing or stale)
// npm run dev: the same with hot reload (next dev)
// Without DATABASE_URL an embedded PostgreSQL keeps its data in .data/pg; migrations are applied
// and, on first start, the demo data is seeded. Without SMTP_URL mail is kept in .data/mail.
import { spawn } from "node:child_process";
import path from "node:path";
import { keepAliveArgs } from "../lib/ops/keep-alive.ts";
import { projectRoot } from "./lib/database.ts";
import { buildIfNeeded, dataDir, localAuthSecret, nextBin, prepareDatabase } from "./lib/portal.ts";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

async function main() {
  const database = await prepareDatabase();
  const local = !process.env.DATABASE_URL;
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
  const child = spawn(nextBin, [dev ? "dev" : "start", "-p", port, ...(hostname ? ["-H", hostname] : []), ...(dev ? [] : keepAliveArgs)], {
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
