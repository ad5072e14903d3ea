// The system under test for Playwright: a throwaway PostgreSQL (migrated and seeded), a real SMTP
// server on loopback, and `next start` on the production build. Playwright starts this as its
// web server. Test processes read mail and the database URL through a small HTTP API on
// E2E_CONTROL_PORT (tests/e2e/support.ts).
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { keepAliveArgs } from "../../lib/ops/keep-alive.ts";
import { applyMigrations, openEngine } from "../../lib/migrations/engine.ts";
import { startEmbeddedPostgres } from "../../lib/postgres/embedded.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seed } from "../../prisma/seed.ts";
import { startSmtpCapture } from "../helpers/smtp.ts";

const port = Number(process.env.E2E_PORT ?? 3100);
const controlPort = Number(process.env.E2E_CONTROL_PORT ?? port + 1);
const root = path.resolve(import.meta.dirname, "../..");

const pg = await startEmbeddedPostgres({ database: "e2e" });
const databaseUrl = pg.url("e2e");
const engine = await openEngine({ url: databaseUrl });
await applyMigrations(engine);
await engine.close();
const prisma = createPrismaClient(databaseUrl, 2);
console.log(`[e2e] seeded: ${await seed(prisma)}`);
await prisma.$disconnect();

const smtp = await startSmtpCapture();
const authSecret = "e2e-secret-0123456789abcdef0123456789abcdef";

const control = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  res.setHeader("content-type", "application/json");
  if (url.pathname === "/env") {
    // the cache front's test (cache-front.spec.ts) starts more instances on the same database and
    // mail server, with the same secret
    res.end(JSON.stringify({ databaseUrl, smtpUrl: smtp.url, authSecret }));
  } else if (url.pathname === "/mail") {
    const to = url.searchParams.get("to") ?? "";
    res.end(JSON.stringify(smtp.to(to).map((m) => ({ subject: m.subject, text: m.text, html: m.html || null, date: m.date, to }))));
  } else {
    res.statusCode = 404;
    res.end("{}");
  }
});
control.listen(controlPort, "127.0.0.1");

const next = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1", ...keepAliveArgs], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    APP_URL: `http://localhost:${port}`,
    AUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: authSecret,
    MAIL_FROM: "WSIS Forum Secretariat <wsis-info@e2e.local>",
  },
});

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  control.close();
  await smtp.close();
  await pg.stop();
  process.exit(code);
}
next.on("exit", (code) => void shutdown(code ?? 1));
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
