// What the benchmarks share: a seeded throwaway PostgreSQL, `next start` pinned to a core in its
// own process group, nginx from Debian on a generated configuration, wrk pinned to the other
// core, and a Markdown table. Everything listens on 127.0.0.1 and every run is bounded in time.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openEngine } from "../../lib/migrations/engine.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/postgres/embedded.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seed } from "../../prisma/seed.ts";

export const root = path.resolve(import.meta.dirname, "../..");
export const log = (line: string) => console.error(`[bench] ${line}`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The two cores of the machine: servers on SERVER_CORE, load generators on LOAD_CORE. */
export const SERVER_CORE = 0;
export const LOAD_CORE = 1;

export const hasTaskset = (() => {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore" });
    return os.cpus().length > 1;
  } catch {
    return false;
  }
})();

export const pinned = (core: number | string, command: string, args: string[]): [string, string[]] =>
  hasTaskset ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];

export function requireCommand(name: string, hint: string) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
  } catch {
    throw new Error(`${name} is missing: ${hint}`);
  }
}

export interface Database {
  pg: RunningPostgres;
  url: string;
  prisma: ReturnType<typeof createPrismaClient>;
  stop(): Promise<void>;
}

/** A throwaway PostgreSQL, migrated and seeded with the demo data (the e2e tests' data). */
export async function startSeededDatabase(options: { port?: number } = {}): Promise<Database> {
  const pg = await startEmbeddedPostgres({ database: "bench", port: options.port });
  const url = pg.url("bench");
  const engine = await openEngine({ url });
  await applyMigrations(engine);
  await engine.close();
  const prisma = createPrismaClient(url, 4);
  log(`seeded: ${await seed(prisma)}`);
  return {
    pg,
    url,
    prisma,
    async stop() {
      await prisma.$disconnect();
      await pg.stop();
    },
  };
}

export const appEnv = (databaseUrl: string, base: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  APP_URL: base,
  AUTH_URL: base,
  AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  ...extra,
});

export interface App {
  base: string;
  port: number;
  child: ChildProcess;
  logFile: string;
  /** SIGTERM to the process group, then SIGKILL after `graceMs` */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

/**
 * `next start` of the build in `distDir` (NEXT_DIST_DIR), pinned to `core`, in its own process
 * group (killing `next start` alone leaves next-server running). Resolves once `/robots.txt` answers.
 */
export async function startApp(options: {
  port: number;
  databaseUrl: string;
  distDir?: string;
  core?: number | string;
  env?: Record<string, string>;
  cwd?: string;
  logFile?: string;
  /** options for node itself, e.g. ["--cpu-prof", "--cpu-prof-dir=DIR"] (not allowed in NODE_OPTIONS) */
  nodeArgs?: string[];
  /** another Next.js app than the portal, relative to `cwd` (bench/floor: Next.js alone) */
  projectDir?: string;
}): Promise<App> {
  const base = `http://127.0.0.1:${options.port}`;
  const cwd = options.cwd ?? root;
  const [cmd, args] = pinned(options.core ?? SERVER_CORE, process.execPath, [
    ...(options.nodeArgs ?? []),
    path.join(cwd, "node_modules/next/dist/bin/next"),
    "start",
    ...(options.projectDir ? [options.projectDir] : []),
    "-p",
    String(options.port),
    "-H",
    "127.0.0.1",
  ]);
  // the server's output goes to a log file (bench/results/<port>.log): errors under load are findings
  const logFile = options.logFile ?? path.join(root, "bench/results", `app-${options.port}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, "w");
  const child = spawn(cmd, args, {
    cwd,
    detached: true,
    stdio: ["ignore", out, out],
    env: appEnv(options.databaseUrl, base, { ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}), ...options.env }),
  });
  fs.closeSync(out);
  const app: App = {
    base,
    logFile,
    port: options.port,
    child,
    async stop(signal = "SIGTERM", graceMs = 10_000) {
      if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, signal);
        const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
        if (!done) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
  await waitForHttp(`${base}/robots.txt`, 90_000, child);
  return app;
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the server of ${url} exited (${child.exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await sleep(300);
  }
}

export interface LoadResult {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** the server's CPU time per request (user + system, from /proc), when its pid was given: steadier than req/s on a shared machine */
  cpuMsPerRequest?: number;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
export function cpuMs(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

const toMs = (value: string) => {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "ms" ? n : m[2] === "s" ? n * 1000 : n * 60_000;
};

/** wrk (Debian) on LOAD_CORE, one thread, `connections` connections, `duration` seconds. */
export function wrk(
  url: string,
  options: { duration: number; connections: number; headers?: Record<string, string>; timeoutSeconds?: number; serverPid?: number },
): LoadResult {
  const cpuBefore = cpuMs(options.serverPid);
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
  const [cmd, args] = pinned(LOAD_CORE, "wrk", [
    "-t1",
    `-c${options.connections}`,
    `-d${options.duration}s`,
    `--timeout`,
    `${options.timeoutSeconds ?? 10}s`,
    "--latency",
    ...headerArgs,
    url,
  ]);
  const out = execFileSync(cmd, args, { encoding: "utf8", timeout: (options.duration + 30) * 1000 });
  const cpuUsed = cpuMs(options.serverPid) - cpuBefore;
  const pct = (p: string) => toMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(out)?.[1] ?? "");
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: pct("50"),
    p90: pct("90"),
    p99: pct("99"),
    requests,
    ...(options.serverPid ? { cpuMsPerRequest: cpuUsed / requests } : {}),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0,
  };
}

/**
 * Waits (at most `limitMs`) until the server answers robots.txt within 100 ms: wrk abandons the
 * requests in flight when it stops, and a server that is slower than the load has a backlog that
 * would otherwise eat into the next measurement.
 */
export async function drain(base: string, limitMs = 60_000) {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    const t = performance.now();
    const ok = await fetch(`${base}/robots.txt`, { signal: AbortSignal.timeout(limitMs) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && performance.now() - t < 100) return;
    await sleep(500);
  }
  log(`${base} still had a backlog after ${limitMs / 1000} s`);
}

export interface Nginx {
  port: number;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx with the given `http {}` body, one worker, pinned to `core`, in the foreground
 * (its own process, stopped by its pid). `dir` is a scratch prefix for its pid, logs and temp files.
 */
export async function startNginx(options: { port: number; httpBody: string; core?: number | string; dir?: string; workers?: number }): Promise<Nginx> {
  requireCommand("nginx", "apt-get install -y nginx");
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  fs.chmodSync(dir, 0o755);
  const conf = `worker_processes ${options.workers ?? 1};
${process.getuid?.() === 0 ? "user root;" : ""}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${options.httpBody}
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const [cmd, args] = pinned(options.core ?? SERVER_CORE, "nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"]);
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
  await waitForHttp(`http://127.0.0.1:${options.port}/`, 10_000, child).catch(async (error) => {
    // a 404 at "/" is an answer too
    const response = await fetch(`http://127.0.0.1:${options.port}/`).catch(() => null);
    if (!response) throw error;
  });
  return {
    port: options.port,
    dir,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT");
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

export interface Row {
  name: string;
  path: string;
  portal: LoadResult;
  reference: LoadResult;
  goal?: string;
}

const f = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : "–");

/** The portal's figure beside the reference of the same run, and their ratio (and the server's CPU per request, when measured). */
export function table(rows: Row[], labels: { portal: string; reference: string }) {
  const withCpu = rows.some((r) => r.portal.cpuMsPerRequest !== undefined);
  const side = (label: string) => `${label} req/s |${withCpu ? " CPU ms/request |" : ""} p50 / p99 (ms)`;
  const figures = (r: LoadResult) => `${f(r.rps)} |${withCpu ? ` ${f(r.cpuMsPerRequest ?? NaN)} |` : ""} ${f(r.p50)} / ${f(r.p99)}`;
  return [
    `| Page | Path | ${side(labels.portal)} | ${side(labels.reference)} | ratio | non-2xx / errors | goal |`,
    `|---|---|${"---:|".repeat(withCpu ? 8 : 6)}---|`,
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${figures(r.portal)} | ${figures(r.reference)} | ${(r.portal.rps / r.reference.rps).toFixed(2)}× | ${r.portal.non2xx + r.reference.non2xx} / ${r.portal.errors + r.reference.errors} | ${r.goal ?? ""} |`,
    ),
  ].join("\n");
}

export function writeResults(name: string, data: unknown) {
  const dir = path.join(root, "bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), load: os.loadavg(), ...(data as object) }, null, 2) + "\n");
  log(`results in ${path.relative(root, file)}`);
}

/** Runs `body`, then the cleanups in reverse order, also on Ctrl-C; the whole run is bounded. */
export async function bounded(limitMs: number, body: (cleanup: (fn: () => Promise<unknown> | unknown) => void) => Promise<void>) {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  let cleaning: Promise<void> | null = null;
  const clean = () =>
    (cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch((e) => log(`cleanup: ${e}`));
    })());
  const timer = setTimeout(() => {
    log(`run exceeded ${limitMs / 1000} s: stopping`);
    void clean().then(() => process.exit(2));
  }, limitMs);
  process.once("SIGINT", () => void clean().then(() => process.exit(130)));
  try {
    await body((fn) => cleanups.push(fn));
  } finally {
    clearTimeout(timer);
    await clean();
  }
}
