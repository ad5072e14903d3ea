import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, startNginx, startRedis, type Service } from "../../deploy/topology";
import { MAX_REQUEST_BYTES } from "../../lib/security/request-limits";
import { e2eDb, e2eEnv, expect, signInAs, test, uniqueEmail } from "./support";

// The production topology (deploy/): two `next start` instances sharing Next's cache through
// Redis, behind the nginx cache front, on the e2e database and mail server. All real processes;
// every wait is bounded. Ports follow E2E_PORT, so parallel runs do not meet.
const e2ePort = Number(process.env.E2E_PORT);
const ports = { front: e2ePort + 5000, redis: e2ePort + 3000, apps: [e2ePort + 10, e2ePort + 11] };
const front = `http://127.0.0.1:${ports.front}`;
const [appA, appB] = ports.apps.map((p) => `http://127.0.0.1:${p}`);
/** the front's s-maxage for cached pages (app/[locale]/(cached)/layout.tsx `revalidate`) */
const S_MAXAGE_MS = 15_000;

test.describe.configure({ mode: "serial" });

const services: Service[] = [];
let runDir = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { databaseUrl, smtpUrl, authSecret } = await e2eEnv();
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), "wsis-front-"));
  fs.chmodSync(runDir, 0o755); // nginx's workers (nobody, when started as root) reach their cache in it
  const redis = await startRedis({ port: ports.redis, dir: path.join(runDir, "redis") });
  services.push(redis);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    REDIS_URL: redis.url,
    AUTH_SECRET: authSecret,
    APP_URL: front,
    AUTH_URL: front,
    MAIL_FROM: "WSIS Forum Secretariat <wsis-info@e2e.local>",
    TRUSTED_PROXY_HOPS: "1",
  };
  services.push(...(await Promise.all(ports.apps.map((port) => startApp({ port, env, log: path.join(runDir, `app-${port}.log`), readyTimeoutMs: 90_000 })))));
  services.push(await startNginx({ port: ports.front, upstreams: ports.apps, runDir: path.join(runDir, "nginx") }));
});

test.afterAll(async () => {
  for (const service of services.reverse()) await service.stop();
  // the instances' logs, for a failure
  for (const log of [...ports.apps.map((port) => `app-${port}.log`), "nginx/error.log"]) {
    const file = path.join(runDir, log);
    if (fs.existsSync(file)) fs.copyFileSync(file, test.info().outputPath(log.replace("/", "-")));
  }
  fs.rmSync(runDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(15_000) });
/** The size of a response's header block as sent (status line, `name: value` lines, blank line). */
const headerBytes = (response: Response) =>
  [...response.headers].reduce((n, [name, value]) => n + name.length + value.length + 4, "HTTP/1.1 200 OK\r\n\r\n".length);
const everywhere = (text: string) => Object.fromEntries(["ar", "zh", "en", "fr", "ru", "es"].map((l) => [l, text]));

test("a secretariat change made on one instance shows on the public page of the other and through the front", async ({ page }) => {
  test.setTimeout(120_000);
  const db = await e2eDb();
  const year = 4000 + Math.floor(Math.random() * 5000);
  await db.forumEdition.create({
    data: {
      year,
      title: everywhere(`Front Forum ${year}`),
      theme: everywhere("Caching"),
      startDate: new Date(Date.UTC(year, 5, 10)),
      endDate: new Date(Date.UTC(year, 5, 13)),
      venue: everywhere("Geneva"),
      coOrganisers: ["ITU"],
    },
  });
  const publicPath = `/en/forums/${year}/consultation`;
  const phaseTitle = `Regional hearing ${year}-${Date.now().toString(36)}`;

  // the page is kept by the front (the second request is a hit) and by both instances
  const first = await get(front + publicPath);
  expect(first.status, await first.text()).toBe(200);
  const cached = await get(front + publicPath);
  expect(cached.headers.get("x-cache")).toBe("HIT");
  expect(await cached.text()).not.toContain(phaseTitle);
  expect(await (await get(appB + publicPath)).text()).not.toContain(phaseTitle);

  // the secretariat adds a phase on instance A
  await signInAs(page.context(), { role: "SECRETARIAT", email: uniqueEmail("front-secretariat") });
  await page.goto(`${appA.replace("127.0.0.1", "localhost")}/en/admin/editions/${year}`);
  const form = page.locator("#add-phase");
  await form.getByLabel("Number").fill("1");
  await form.getByLabel("Kind of phase").selectOption("DEADLINE");
  await form.getByLabel("Title").fill(phaseTitle);
  await form.getByLabel("Starts (Geneva time)").fill(`${year}-01-15T10:00`);
  await form.getByRole("button", { name: "Add a phase" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const savedAt = Date.now();
  expect(await db.consultationPhase.count({ where: { edition: { year }, title: { path: ["en"], equals: phaseTitle } } })).toBe(1);

  // instance B's very next answer is the new page: the purge reached the shared cache (without
  // it, B would answer from its copy, fresh or stale, and render the new one only afterwards)
  expect(await (await fetch(appB + publicPath, { signal: AbortSignal.timeout(30_000) })).text()).toContain(phaseTitle);
  const onB = Date.now() - savedAt;
  // the front: within its s-maxage and one background refresh
  await expect
    .poll(async () => (await (await get(front + publicPath)).text()).includes(phaseTitle), { timeout: S_MAXAGE_MS + 15_000, intervals: [250] })
    .toBe(true);
  const onFront = Date.now() - savedAt;
  test.info().annotations.push({ type: "measured", description: `the change showed on instance B after ${onB} ms, through the front after ${onFront} ms` });
  console.log(`[cache-front] the change showed on instance B after ${onB} ms, through the front after ${onFront} ms (s-maxage ${S_MAXAGE_MS / 1000} s)`);
});

test("no cached public response carries a cookie or anything of a signed-in visitor; signed-in and per-request pages pass through", async ({ page }) => {
  const db = await e2eDb();
  const demo = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { year: true } });
  const name = `Zebulon Quillfeather ${Date.now().toString(36)}`;
  const user = await signInAs(page.context(), { email: uniqueEmail("front-private"), name });
  const signedIn = { cookie: `authjs.session-token=${user.sessionToken}` };
  const paths = [
    "/en",
    "/ar",
    "/en/forums",
    `/zh/forums/${demo.year}`,
    `/en/forums/${demo.year}/consultation`,
    `/fr/forums/${demo.year}/agenda`,
    `/en/forums/${demo.year}/agenda?track=HIGH_LEVEL`,
    `/en/forums/${demo.year}/agenda?track=HIGH_LEVEL&language=fr`,
    "/es/documents",
    "/ru/contact",
  ];
  const anonymousBodies = new Map<string, string>();
  for (const p of paths) {
    // a signed-in visitor first: never served from, nor stored in, the shared cache
    const mine = await get(front + p, { ...signedIn, "accept-encoding": "gzip" });
    expect(mine.status, p).toBe(200);
    expect(mine.headers.get("x-cache"), p).not.toBe("HIT");
    // compressed on its way out (by nginx: the app is asked for gzip only for what the front keeps)
    expect(mine.headers.get("content-encoding"), p).toBe("gzip");
    await mine.text();

    const first = await get(front + p, { "accept-language": "fr" });
    const second = await get(front + p, { "accept-language": "ar" });
    for (const response of [first, second]) {
      expect(response.status, p).toBe(200);
      expect(response.headers.get("set-cookie"), p).toBeNull();
      expect(response.headers.get("cache-control"), p).toMatch(/s-maxage=\d+/);
      expect(response.headers.get("vary") ?? "", p).not.toMatch(/cookie|accept-language/i);
      const body = await response.text();
      expect(body, p).not.toContain(name);
      expect(body, p).not.toContain(user.email);
      anonymousBodies.set(p, body);
    }
    expect(second.headers.get("x-cache"), p).toBe("HIT");
    // a page from the cache leaves in one write while its headers fit nginx's postpone_output
    // (8k, deploy/nginx.conf.template): its CSP grows with the page's inline scripts
    expect(headerBytes(second), p).toBeLessThan(8 * 1024);
  }
  // each filter combination is its own entry (the app's internal rewrite is not shown)
  expect((await get(front + paths[6])).headers.get("x-middleware-rewrite")).toBeNull();
  expect(anonymousBodies.get(paths[6])).not.toBe(anonymousBodies.get(paths[7]));

  // the redirect from "/" follows each visitor's language (a cookie, if any, is the language
  // cookie) and is never kept by the front
  for (const [language, cookie, target] of [
    ["ar", "", "/ar"],
    ["fr", "", "/fr"],
    ["ar", "NEXT_LOCALE=es", "/es"],
    ["ar", "", "/ar"],
  ]) {
    const root = await get(`${front}/`, { "accept-language": language, ...(cookie ? { cookie } : {}) });
    expect(root.status).toBe(307);
    expect(new URL(root.headers.get("location")!, front).pathname).toBe(target);
    expect(root.headers.get("set-cookie") ?? "NEXT_LOCALE=").toMatch(/^NEXT_LOCALE=/);
    expect(root.headers.get("x-cache")).not.toBe("HIT");
  }

  // a page rendered per request is never kept
  for (let i = 0; i < 2; i++) {
    const signIn = await get(`${front}/en/sign-in`);
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get("cache-control")).toMatch(/private|no-store/);
    expect(signIn.headers.get("x-cache")).not.toBe("HIT");
  }

  // static files: immutable, compressed for clients that take gzip
  const html = anonymousBodies.get("/en")!;
  const script = html.match(/\/_next\/static\/[^"']+\.js/)![0];
  const asset = await get(front + script, { "accept-encoding": "gzip" });
  expect(asset.status).toBe(200);
  expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  expect(asset.headers.get("content-encoding")).toBe("gzip");

  // who is signed in, asked once per load of a cached page: without a session cookie the answer
  // (null) is the front's; with one it is always the visitor's own, from an instance, never kept
  const session = (headers: Record<string, string> = {}, query = "") => get(`${front}/api/auth/session${query}`, headers);
  const ownFirst = await session(signedIn);
  expect(ownFirst.headers.get("x-cache")).not.toBe("HIT");
  expect((await ownFirst.json()).user.email).toBe(user.email);
  // a browser's first read gets Auth.js's cookies (CSRF token, callback URL): that answer is not
  // kept; the browser sends them on later reads, whose answer is the same for everyone
  const firstRead = await session();
  expect(await firstRead.json()).toBeNull();
  const authCookies = firstRead.headers.getSetCookie().map((c) => c.split(";")[0]);
  expect(authCookies.join("; ")).toMatch(/authjs\.csrf-token=/);
  expect(firstRead.headers.get("x-cache")).not.toBe("HIT");
  const browserCookies = authCookies.join("; ");
  await (await session({ cookie: browserCookies })).text();
  for (const headers of [{ cookie: `NEXT_LOCALE=ar; ${browserCookies}` }, {}] as Record<string, string>[]) {
    const anonymous = await session(headers);
    expect(anonymous.headers.get("x-cache")).toBe("HIT");
    expect(await anonymous.json()).toBeNull();
    expect(anonymous.headers.get("set-cookie")).toBeNull();
    // browsers are still told not to keep it
    expect(anonymous.headers.get("cache-control")).toMatch(/no-store/);
  }
  const own = await session(signedIn);
  expect(own.headers.get("x-cache")).not.toBe("HIT");
  expect((await own.json()).user.email).toBe(user.email);
  const ownSecure = await session({ cookie: `NEXT_LOCALE=fr; __Secure-authjs.session-token=${user.sessionToken}` });
  expect(ownSecure.headers.get("x-cache")).not.toBe("HIT");
  await ownSecure.text();
  const withQuery = await session({}, "?x=1");
  expect(withQuery.headers.get("x-cache")).not.toBe("HIT");
  await withQuery.text();

  // the load balancer's health check
  const health = await get(`${front}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "ok" });
});

test("POST through the front reaches the app, whose limits still answer (413, 403)", async () => {
  const tooLarge = await fetch(`${front}/en/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
    // above the app's limit, below the front's (which leaves the answer to the app)
    body: "x=" + "a".repeat(MAX_REQUEST_BYTES + 1024),
    signal: AbortSignal.timeout(30_000),
  });
  expect(tooLarge.status).toBe(413);
  const foreign = await fetch(`${front}/en/forums`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://elsewhere.example", accept: "text/html" },
    body: "x=1",
    signal: AbortSignal.timeout(15_000),
  });
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get("x-cache")).toBeNull();
});

test("an instance stopped with SIGTERM under load: every request through the front is answered", async () => {
  test.setTimeout(90_000);
  const instanceB = services.find((s) => s.port === ports.apps[1])!;
  // pages rendered per request and signed-in traffic reach the instances (cached pages would not)
  const statuses: number[] = [];
  let stopped = false;
  let inFlight = 0;
  const load = async () => {
    while (!stopped) {
      inFlight++;
      const response = await get(`${front}/en/sign-in`);
      statuses.push(response.status);
      await response.arrayBuffer();
      inFlight--;
    }
  };
  const clients = Array.from({ length: 8 }, load);
  await expect.poll(() => statuses.length, { timeout: 30_000 }).toBeGreaterThan(20);
  const underWay = inFlight; // requests were under way when it was told to stop
  const stopping = Date.now();
  await instanceB.stop("SIGTERM");
  const after = statuses.length;
  // it ended by itself (Next's own exit code for SIGTERM), not killed at the end of the grace
  // period: the front's keep-alive connections were closed as each answered
  expect(instanceB.child.signalCode).toBeNull();
  expect(instanceB.child.exitCode).toBe(143);
  console.log(`[cache-front] the instance exited ${((Date.now() - stopping) / 1000).toFixed(1)} s after SIGTERM`);
  await expect.poll(() => statuses.length, { timeout: 30_000 }).toBeGreaterThan(after + 20);
  stopped = true;
  await Promise.all(clients);

  expect(instanceB.child.exitCode ?? instanceB.child.signalCode).not.toBeNull();
  expect(underWay).toBeGreaterThan(0);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  console.log(`[cache-front] SIGTERM to one of two instances under 8 clients: ${statuses.length} requests, ${underWay} under way at the signal, none failed`);
  // the other instance reports itself healthy; the stopped one cannot be reached
  expect((await get(`${appA}/api/health`)).status).toBe(200);
  await expect(get(`${appB}/api/health`)).rejects.toThrow();
});
