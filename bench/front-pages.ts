// The public pages through the cache front (deploy/: nginx + two app instances + Redis, all on
// one core) beside nginx serving the same bytes as static files (the same gzip body the front
// returns, with gzip_static, on the same core) in the same run. wrk on the other core, with
// Accept-Encoding: gzip as browsers send it. Goal (issue 14): ≥ 0.5× the static figure.
//
//   NODE_ENV=production npx next build && node --import tsx bench/front-pages.ts [--duration 10] [--connections 32]
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startFront } from "./lib/front.ts";
import { bounded, log, requireCommand, sleep, startNginx, startSeededDatabase, table, wrk, writeResults, type Row } from "./lib/harness.ts";
import { publicPages } from "./lib/pages.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    "front-port": { type: "string", default: "8800" },
    "static-port": { type: "string", default: "8801" },
    "redis-port": { type: "string", default: "6800" },
    "app-ports": { type: "string", default: "3801,3802" },
  },
});
requireCommand("wrk", "apt-get install -y wrk");
const duration = Number(values.duration);
const connections = Number(values.connections);
const gzip = { "Accept-Encoding": "gzip" };

/** The raw response (body not decompressed) and its headers. */
function rawGet(url: string, headers: Record<string, string> = gzip): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

// Besides the pages: the session read each cached page makes once per load
// (components/layout/use-visitor.ts), which the front answers for visitors without a session
// cookie, and the same read passed to an instance (a query string bypasses the front's copy), as
// every read was before the front kept it. A browser sends the cookies Auth.js set on its first
// read (CSRF token, callback URL; that answer, with its Set-Cookie, is never kept); so does the load here.
const measured: { name: string; path: string; session?: true }[] = [
  ...publicPages,
  { name: "Session read, anonymous", path: "/api/auth/session", session: true },
  { name: "Session read passed to an instance", path: "/api/auth/session?pass", session: true },
];

await bounded(20 * 60_000, async (cleanup) => {
  const db = await startSeededDatabase();
  cleanup(() => db.stop());
  const front = await startFront({
    databaseUrl: db.url,
    frontPort: Number(values["front-port"]),
    appPorts: values["app-ports"]!.split(",").map(Number),
    redisPort: Number(values["redis-port"]),
  });
  cleanup(() => front.stop());

  // each page into the front's cache (bounded), and its bytes as a static file
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-static-"));
  fs.chmodSync(dir, 0o755);
  cleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  const authCookies = ((await rawGet(`${front.base}/api/auth/session`)).headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  if (!authCookies.includes("authjs.csrf-token=")) throw new Error("no CSRF cookie on the first session read");
  const headersOf = (page: { session?: true }) => (page.session ? { ...gzip, Cookie: authCookies } : gzip);
  const cacheStatus = new Map<string, string>();
  const mapLines: string[] = [];
  for (const [i, page] of measured.entries()) {
    let last = await rawGet(front.base + page.path, headersOf(page));
    for (let n = 0; n < 20 && !["HIT", "BYPASS"].includes(String(last.headers["x-cache"])); n++) {
      await sleep(300);
      last = await rawGet(front.base + page.path, headersOf(page));
    }
    if (last.status !== 200) throw new Error(`${page.path} answered ${last.status} through the front`);
    cacheStatus.set(page.path, String(last.headers["x-cache"] ?? "none"));
    const file = `p${i}.html`;
    const gzipped = last.headers["content-encoding"] === "gzip";
    fs.writeFileSync(path.join(dir, file), gzipped ? Buffer.alloc(0) : last.body);
    if (gzipped) fs.writeFileSync(path.join(dir, `${file}.gz`), last.body);
    fs.chmodSync(dir, 0o755);
    mapLines.push(`    "${page.path}" /${file};`);
    log(`${page.path}: X-Cache ${cacheStatus.get(page.path)}, ${last.body.length} bytes${gzipped ? " gzip" : ""}`);
  }
  const staticPort = Number(values["static-port"]);
  const nginx = await startNginx({
    port: staticPort,
    httpBody: `  types { text/html html; }
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 30s;
  open_file_cache max=64 inactive=60s;
  open_file_cache_valid 60s;
  map $request_uri $page_file {
    default /missing;
${mapLines.join("\n")}
  }
  server {
    listen 127.0.0.1:${staticPort} reuseport;
    root ${dir};
    gzip_static on;
    gzip_vary on;
    location / { try_files $page_file =404; }
  }`,
  });
  cleanup(() => nginx.stop());

  const rows: Row[] = [];
  for (const page of measured) {
    const headers = headersOf(page);
    wrk(front.base + page.path, { duration: 2, connections, headers });
    const portal = wrk(front.base + page.path, { duration, connections, headers });
    const reference = wrk(`http://127.0.0.1:${staticPort}${page.path}`, { duration, connections, headers });
    log(`${page.path}: front ${portal.rps.toFixed(0)} req/s, static ${reference.rps.toFixed(0)} req/s`);
    rows.push({
      name: `${page.name} (X-Cache ${cacheStatus.get(page.path)})`,
      path: page.path,
      portal,
      reference,
      goal: page.path.endsWith("?pass") ? "(each read as before)" : `≥ 0.5×: ${portal.rps >= 0.5 * reference.rps ? "met" : "NOT met"}`,
    });
  }
  console.log(
    `Through the cache front (nginx + ${front.apps.length} app instances + Redis on one core) vs the same bytes from nginx as static files; ${connections} connections, ${duration} s, gzip (load average ${os.loadavg()[0].toFixed(1)})\n`,
  );
  console.log(table(rows, { portal: "cache front", reference: "static nginx" }));
  writeResults("front-pages", { duration, connections, rows });
});
