// npm test: every suite, in order — lint, type check, unit, integration (real PostgreSQL and SMTP),
// production build, end-to-end (Chromium). Each suite runs even if an earlier one failed, and the
// last line sums them all: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`

interface Outcome { suite: string; passed: number; failed: number; skipped: number; seconds: number }
const outcomes: Outcome[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC", ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function check(suite: string, command: string, args: string[], env?: Record<string, string>) {
  if (only.length && !only.includes(suite)) return;
  console.log(`\n=== ${suite}`);
  const { ok, seconds } = run(command, args, env);
  outcomes.push({ suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

function vitest(suite: "unit" | "integration") {
  if (only.length && !only.includes(suite)) return;
  console.log(`\n=== ${suite}`);
  const report = path.join(results, `${suite}.json`);
  fs.rmSync(report, { force: true });
  const { ok, seconds } = run(bin("vitest"), ["run", "--project", suite, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    counts.passed = json.numPassedTests;
    counts.failed = json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
    counts.skipped = json.numPendingTests + json.numTodoTests;
  }
  outcomes.push({ suite, ...counts, seconds });
}

function e2e() {
  if (only.length && !only.includes("e2e")) return;
  console.log("\n=== build");
  const typechecked = outcomes.some((o) => o.suite === "typecheck" && o.failed === 0);
  const build = run(bin("next"), ["build"], { NODE_ENV: "production", ...(typechecked ? { SKIP_BUILD_TYPECHECK: "1" } : {}) });
  outcomes.push({ suite: "build", passed: build.ok ? 1 : 0, failed: build.ok ? 0 : 1, skipped: 0, seconds: build.seconds });
  if (!build.ok) return;
  console.log("\n=== e2e");
  const report = path.join(results, "e2e-report.json");
  fs.rmSync(report, { force: true });
  const { ok, seconds } = run(bin("playwright"), ["test"]);
  const counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (fs.existsSync(report)) {
    const { stats } = JSON.parse(fs.readFileSync(report, "utf8"));
    counts.passed = stats.expected + stats.flaky;
    counts.failed = stats.unexpected + (ok || stats.unexpected ? 0 : 1);
    counts.skipped = stats.skipped;
  }
  outcomes.push({ suite: "e2e", ...counts, seconds });
}

check("lint", bin("eslint"), ["--cache", "--max-warnings=0", "."]);
check("typecheck", "sh", ["-c", `"${bin("next")}" typegen >/dev/null && "${bin("tsc")}" --noEmit`]);
vitest("unit");
vitest("integration");
e2e();

console.log("\n=== summary");
for (const o of outcomes) {
  console.log(`${o.suite.padEnd(12)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed ${String(o.skipped).padStart(3)} skipped  ${o.seconds.toFixed(0)} s`);
}
const total = outcomes.reduce((a, o) => ({ passed: a.passed + o.passed, failed: a.failed + o.failed, skipped: a.skipped + o.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed === 0 && outcomes.length > 0 ? 0 : 1);
