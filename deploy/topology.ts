// The production topology, started from Node: Redis, N `next start` instances and the nginx cache
// front (deploy/nginx.conf.template). Used by `npm run deploy:local` (scripts/deploy-local.ts),
// by the end-to-end test of the front (tests/e2e/cache-front.spec.ts) and by the benchmarks.
// Every process is real (Debian's nginx and redis-server, the production build of the portal);
// every wait is bounded.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { keepAliveArgs } from "../lib/ops/keep-alive.ts";
import { MAX_REQUEST_BYTES } from "../lib/security/request-limits.ts";

export const projectRoot = path.resolve(import.meta.dirname, "..");

/** The program: the override, else the first candidate or PATH entry that exists. */
function binary(name: string, pkg: string, override: string | undefined, candidates: string[]): string {
  if (override) return override;
  const onPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name));
  const found = [...candidates, ...onPath].find((c) => fs.existsSync(c));
  if (!found) throw new Error(`${name} is not installed: apt-get install ${pkg} (.ci/run installs it when missing)`);
  return found;
}
export const nginxBinary = () => binary("nginx", "nginx", process.env.NGINX_BIN, ["/usr/sbin/nginx", "/usr/local/sbin/nginx"]);
export const redisBinary = () => binary("redis-server", "redis-server", process.env.REDIS_SERVER_BIN, ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]);

export interface Service {
  name: string;
  url: string;
  port: number;
  child: ChildProcess;
  /** stops the service and waits (bounded) for it to exit */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether something accepts TCP connections on the port. */
function portOpen(port: number, host: string): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Resolves once a TCP connection to the port succeeds; rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs: number, host = "127.0.0.1", child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited (code ${child.exitCode}) before listening on ${port}`);
    if (await portOpen(port, host)) return;
    await sleep(100);
  }
  throw new Error(`nothing listened on ${host}:${port} within ${timeoutMs} ms`);
}

/** Throws when something already listens on the port (a leftover process would answer instead). */
async function assertPortFree(port: number, host = "127.0.0.1"): Promise<void> {
  if (await portOpen(port, host)) throw new Error(`port ${port} is already in use on ${host}`);
}

/** Resolves once GET `url` answers 200; rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`process exited (code ${child.exitCode}) before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (${last})`);
}

/** Spawns a process in its own group, so that stopping it stops its children too. */
function service(
  name: string,
  port: number,
  url: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; log?: string; stopSignal?: NodeJS.Signals; stopTimeoutMs?: number } = {},
): Service {
  const out = options.log ? fs.openSync(options.log, "a") : "ignore";
  const child = spawn(command, args, { cwd: projectRoot, env: options.env ?? process.env, detached: true, stdio: ["ignore", out, out] });
  if (typeof out === "number") fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    url,
    port,
    child,
    async stop(signal = options.stopSignal ?? "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        return;
      }
      const timeout = options.stopTimeoutMs ?? 15_000;
      const done = await Promise.race([exited.then(() => true), sleep(timeout).then(() => false)]);
      if (!done) {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* already gone */
        }
        await exited;
      }
    },
  };
}

/** redis-server on loopback, data kept in `dir` only when `persist` (else nothing is saved). */
export async function startRedis(options: { port: number; dir: string; persist?: boolean }): Promise<Service> {
  fs.mkdirSync(options.dir, { recursive: true });
  await assertPortFree(options.port);
  const args = ["--port", String(options.port), "--bind", "127.0.0.1", "--dir", options.dir, "--daemonize", "no", "--logfile", "redis.log"];
  if (!options.persist) args.push("--save", "", "--appendonly", "no");
  const redis = service("redis", options.port, `redis://127.0.0.1:${options.port}`, redisBinary(), args);
  await waitForPort(options.port, 10_000, "127.0.0.1", redis.child);
  return redis;
}

export interface NginxOptions {
  port: number;
  /** app instances: a port on 127.0.0.1, or "host:port" */
  upstreams: (number | string)[];
  /** pid, logs, temporary files and (under cache/) the page cache */
  runDir: string;
  workers?: number | "auto";
  listenHost?: string;
}

/** The front's configuration: deploy/nginx.conf.template with its placeholders filled in. */
export function renderNginxConfig(options: NginxOptions & { cacheDir?: string; user?: string }): string {
  const template = fs.readFileSync(path.join(projectRoot, "deploy", "nginx.conf.template"), "utf8");
  const user = options.user ?? (process.getuid?.() === 0 ? "nobody nogroup" : "");
  const values: Record<string, string> = {
    USER_LINE: user ? `user ${user};` : "",
    RUN_DIR: options.runDir,
    CACHE_DIR: options.cacheDir ?? path.join(options.runDir, "cache"),
    LISTEN: `${options.listenHost ?? "127.0.0.1"}:${options.port}`,
    UPSTREAMS: options.upstreams.map((u) => `    server ${typeof u === "number" ? `127.0.0.1:${u}` : u} max_fails=1 fail_timeout=5s;`).join("\n"),
    WORKERS: String(options.workers ?? 1),
    MAX_BODY: `${Math.ceil(MAX_REQUEST_BYTES / 1024 / 1024) + 1}m`,
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`nginx template: unknown placeholder ${key}`);
    return values[key];
  });
}

/** nginx in the foreground with the rendered configuration; a fresh, empty cache. */
export async function startNginx(options: NginxOptions): Promise<Service> {
  await assertPortFree(options.port, options.listenHost);
  fs.rmSync(options.runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(options.runDir, "cache"), { recursive: true });
  const conf = path.join(options.runDir, "nginx.conf");
  fs.writeFileSync(conf, renderNginxConfig(options));
  // as root the workers run as "nobody": they must write the cache and temporary files
  if (process.getuid?.() === 0) {
    for (const dir of [options.runDir, path.join(options.runDir, "cache")]) fs.chownSync(dir, 65534, 65534);
    fs.chmodSync(options.runDir, 0o755);
  }
  const nginx = service(
    "nginx",
    options.port,
    `http://localhost:${options.port}`,
    nginxBinary(),
    ["-p", options.runDir, "-c", conf, "-e", path.join(options.runDir, "error.log")],
    {
      stopSignal: "SIGQUIT", // graceful: finish the requests under way
    },
  );
  try {
    await waitForPort(options.port, 10_000, options.listenHost ?? "127.0.0.1", nginx.child);
  } catch (error) {
    const log = fs.existsSync(path.join(options.runDir, "error.log")) ? fs.readFileSync(path.join(options.runDir, "error.log"), "utf8") : "";
    throw new Error(`${error instanceof Error ? error.message : error}\n${log}`);
  }
  return nginx;
}

/**
 * One `next start` on the production build (NEXT_DIST_DIR in `env` picks another build). Resolves
 * once /api/health answers (the database is reachable).
 */
export async function startApp(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  log?: string;
  host?: string;
  readyTimeoutMs?: number;
  onSpawn?: (app: Service) => void;
}): Promise<Service> {
  const host = options.host ?? "127.0.0.1";
  await assertPortFree(options.port, host);
  const app = service(
    `app:${options.port}`,
    options.port,
    `http://${host}:${options.port}`,
    path.join(projectRoot, "node_modules", ".bin", "next"),
    ["start", "-p", String(options.port), "-H", host, ...keepAliveArgs],
    {
      env: { ...options.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      log: options.log,
      stopTimeoutMs: 30_000, // SIGTERM: in-flight requests finish first
    },
  );
  options.onSpawn?.(app); // stoppable while it starts
  await waitForHttp(`http://${host}:${options.port}/api/health`, options.readyTimeoutMs ?? 60_000, app.child);
  return app;
}
