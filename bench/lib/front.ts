// The production topology for the benchmarks that go through the cache front: Redis, N app
// instances and nginx from deploy/ (deploy/topology.ts, what `npm run deploy:local` starts), all
// on the server core (this process's children inherit its affinity; wrk is pinned to the other).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, startNginx, startRedis, type Service } from "../../deploy/topology.ts";
import { appEnv, hasTaskset, log, SERVER_CORE } from "./harness.ts";

/** From now on every process this one starts runs on the server core, unless pinned elsewhere. */
export function pinChildrenToServerCore() {
  if (hasTaskset) execFileSync("taskset", ["-a", "-p", "-c", String(SERVER_CORE), String(process.pid)], { stdio: "ignore" });
}

export interface Front {
  base: string;
  apps: Service[];
  redis: Service;
  nginx: Service;
  stop(): Promise<void>;
}

export async function startFront(options: {
  databaseUrl: string;
  frontPort: number;
  appPorts: number[];
  redisPort: number;
  env?: Record<string, string>;
}): Promise<Front> {
  pinChildrenToServerCore();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-front-"));
  fs.chmodSync(dir, 0o755);
  const base = `http://127.0.0.1:${options.frontPort}`;
  const redis = await startRedis({ port: options.redisPort, dir: path.join(dir, "redis") });
  const env = appEnv(options.databaseUrl, base, { REDIS_URL: redis.url, TRUSTED_PROXY_HOPS: "1", ...options.env });
  const apps: Service[] = [];
  try {
    for (const port of options.appPorts) apps.push(await startApp({ port, env, log: path.join(dir, `app-${port}.log`), readyTimeoutMs: 120_000 }));
    const nginx = await startNginx({ port: options.frontPort, upstreams: options.appPorts, runDir: path.join(dir, "nginx"), workers: 1 });
    log(`front ${base}: nginx, ${apps.length} app instance(s), Redis (logs in ${dir})`);
    return {
      base,
      apps,
      redis,
      nginx,
      async stop() {
        await nginx.stop().catch(() => {});
        for (const app of apps) await app.stop().catch(() => {});
        await redis.stop().catch(() => {});
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const app of apps) await app.stop().catch(() => {});
    await redis.stop().catch(() => {});
    throw error;
  }
}
