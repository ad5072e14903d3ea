// npm test: every suite — lint, type check, unit, integration (real PostgreSQL and SMTP),
// production build, end-to-end (Chromium). Each suite runs even if an earlier one failed, and the
// last line sums them all: "N passed, N failed".
//
// On a 2-core machine the suites run side by side: lint, unit tests and the production build
// first; then the end-to-end suite beside the type check and the integration suite. A suite that
// runs beside another prints its output in one block when it ends (end-to-end streams).
//
// The end-to-end suite includes the cache front (tests/e2e/cache-front.spec.ts: two more
// instances, Redis and nginx, from Debian's packages, which .ci/run installs when missing); the
// integration suite includes the outbox on two worker processes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`

interface Outcome {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}
const outcomes: Outcome[] = [];

/** Runs a command; with `buffered` (a heading), its output is held and printed under it in one block when it ends. */
function run(command: string, args: string[], env: Record<string, string> = {}, buffered: string | false = false): Promise<{ ok: boolean; seconds: number }> {
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    stdio: buffered !== false ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC", ...env },
  });
  const chunks: Buffer[] = [];
  child.stdout?.on("data", (c: Buffer) => chunks.push(c));
  child.stderr?.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      if (buffered !== false) process.stdout.write(Buffer.concat([Buffer.from(buffered), ...chunks]));
      resolve({ ok, seconds: (Date.now() - started) / 1000 });
    };
    child.on("error", (error) => {
      chunks.push(Buffer.from(`${error}\n`));
      done(false);
    });
    child.on("close", (code) => done(code === 0));
  });
}

const wanted = (suite: string) => !only.length || only.includes(suite);
const record = (outcome: Outcome) => outcomes.push(outcome);

async function check(suite: string, command: string, args: string[], { env, buffered = false }: { env?: Record<string, string>; buffered?: boolean } = {}) {
  if (!wanted(suite)) return;
  if (!buffered) console.log(`\n=== ${suite}`);
  const { ok, seconds } = await run(command, args, env, buffered ? `\n=== ${suite}\n` : false);
  record({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
  return ok;
}

async function vitest(suite: "unit" | "integration", buffered = false) {
  if (!wanted(suite)) return;
  if (!buffered) console.log(`\n=== ${suite}`);
  const report = path.join(results, `${suite}.json`);
  fs.rmSync(report, { force: true });
  const args = ["run", "--project", suite, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const { ok, seconds } = await run(bin("vitest"), args, {}, buffered ? `\n=== ${suite}\n` : false);
  const counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    counts.passed = json.numPassedTests;
    counts.failed = json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
    counts.skipped = json.numPendingTests + json.numTodoTests;
  }
  record({ suite, ...counts, seconds });
}

async function e2e() {
  console.log("\n=== e2e");
  const report = path.join(results, "e2e-report.json");
  fs.rmSync(report, { force: true });
  const { ok, seconds } = await run(bin("playwright"), ["test"]);
  const counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (fs.existsSync(report)) {
    const { stats } = JSON.parse(fs.readFileSync(report, "utf8"));
    counts.passed = stats.expected + stats.flaky;
    counts.failed = stats.unexpected + (ok || stats.unexpected ? 0 : 1);
    counts.skipped = stats.skipped;
  }
  record({ suite: "e2e", ...counts, seconds });
}

const started = Date.now();
// The end-to-end suite is the longest and needs the build: the build starts at once, beside lint
// and unit tests, and the end-to-end suite as soon as it is ready, beside the type check and the
// integration suite (which uses about 1.3 cores: tests, PostgreSQL, its mail server). The build
// skips its own type check: the typecheck suite runs tsc on the route types the build generated.
const e2eRuns = wanted("e2e");
// 1. lint, unit tests and the production build side by side, each printed when it ends
let built = false;
await Promise.all([
  // eslint, then the formatting (prettier --check: what `npm run format` would change fails the lint)
  check("lint", "sh", ["-c", `"${bin("eslint")}" --cache --max-warnings=0 . && "${bin("prettier")}" --check --log-level=warn .`], { buffered: true }),
  vitest("unit", true),
  e2eRuns &&
    run(bin("next"), ["build"], { NODE_ENV: "production", SKIP_BUILD_TYPECHECK: "1" }, "\n=== build\n").then(({ ok, seconds }) => {
      record({ suite: "build", passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
      built = ok;
    }),
]);
// 2. the end-to-end suite on the build (streamed), beside the type check and the integration tests
//    (without a build, the route types come from `next typegen`)
const tsc = `"${bin("tsc")}" --noEmit`;
await Promise.all([
  check("typecheck", "sh", ["-c", built ? tsc : `"${bin("next")}" typegen >/dev/null && ${tsc}`], { buffered: true }),
  vitest("integration", true),
  built && e2e(),
]);

console.log("\n=== summary");
const order = ["lint", "typecheck", "unit", "integration", "build", "e2e"];
outcomes.sort((a, b) => order.indexOf(a.suite) - order.indexOf(b.suite));
for (const o of outcomes) {
  console.log(
    `${o.suite.padEnd(12)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed ${String(o.skipped).padStart(3)} skipped  ${o.seconds.toFixed(0)} s`,
  );
}
const total = outcomes.reduce((a, o) => ({ passed: a.passed + o.passed, failed: a.failed + o.failed, skipped: a.skipped + o.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed === 0 && outcomes.length > 0 ? 0 : 1);
