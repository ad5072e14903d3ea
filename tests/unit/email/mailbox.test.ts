import { afterEach, describe, expect, test, vi } from "vitest";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", AUTH_SECRET: "a-secret-that-is-long-enough-0123456789" };

async function enabledWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["SMTP_URL", "LOCAL_DEMO", "NODE_ENV"]) vi.stubEnv(key, undefined as unknown as string);
  for (const [k, v] of Object.entries({ ...base, ...vars })) vi.stubEnv(k, v as string);
  return (await import("@/lib/email/mailbox")).localMailboxEnabled();
}

afterEach(() => vi.unstubAllEnvs());

describe("the local mailbox", () => {
  test("exists in development when mail is kept locally", async () => {
    expect(await enabledWith({ NODE_ENV: "development" })).toBe(true);
  });
  test("exists for the local demo (npm start) without a mail server", async () => {
    expect(await enabledWith({ NODE_ENV: "production", LOCAL_DEMO: "true", APP_URL: "http://localhost:3000", AUTH_URL: "http://localhost:3000" })).toBe(true);
  });
  test("never exists in production", async () => {
    expect(await enabledWith({ NODE_ENV: "production", APP_URL: "https://forum.example.org", AUTH_URL: "https://forum.example.org" })).toBe(false);
  });
  test("never exists when a mail server is configured", async () => {
    expect(await enabledWith({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(false);
  });
});
