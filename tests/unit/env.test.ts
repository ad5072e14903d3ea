import { afterEach, describe, expect, test, vi } from "vitest";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
  AUTH_SECRET: "a-secret-that-is-long-enough-0123456789",
};

async function loadWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "APP_URL"]) vi.stubEnv(key, undefined as unknown as string);
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v as string);
  return (await import("@/lib/env")).env;
}

afterEach(() => vi.unstubAllEnvs());

describe("configuration", () => {
  test("a complete configuration loads, with defaults", async () => {
    const env = await loadWith(valid);
    expect(env()).toMatchObject({ DATABASE_URL: valid.DATABASE_URL, APP_URL: "http://localhost:3000", MAIL_DIR: ".data/mail" });
    expect(env().SMTP_URL).toBeUndefined();
  });

  test("a missing DATABASE_URL stops start-up with its name", async () => {
    const env = await loadWith({ ...valid, DATABASE_URL: undefined });
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  test("a malformed SMTP_URL and a short AUTH_SECRET are both named", async () => {
    const env = await loadWith({ ...valid, SMTP_URL: "mail.example.org", AUTH_SECRET: "short" });
    expect(() => env()).toThrow(/SMTP_URL[\s\S]*AUTH_SECRET|AUTH_SECRET[\s\S]*SMTP_URL/);
  });

  test("an empty variable counts as unset", async () => {
    const env = await loadWith({ ...valid, SMTP_URL: "" });
    expect(env().SMTP_URL).toBeUndefined();
  });
});
