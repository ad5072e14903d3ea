import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./tests/e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_PORT = String(port);
process.env.E2E_CONTROL_PORT ??= String(port + 1);
// "localhost", not 127.0.0.1: Next.js rewrites 127.0.0.1 to localhost in request URLs, and the
// session cookie must be set for the host the browser uses.
// several runs can share a machine: each gets its own port, build (NEXT_DIST_DIR) and output folder
const runName = process.env.E2E_RUN_NAME ? `-${process.env.E2E_RUN_NAME}` : "";
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e${runName}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `test-results/e2e-report${runName}.json` }]],
  use: {
    baseURL,
    // a trace records every action of every test, for the failures only; CI's traces are never
    // read (only its log is), and recording them cost about a tenth of the suite's CPU
    trace: process.env.CI ? "off" : { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "America/New_York",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
      },
    },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/server.ts",
    url: `${baseURL}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
