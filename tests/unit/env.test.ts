import { afterEach, describe, expect, test, vi } from "vitest";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
  AUTH_SECRET: "a-secret-that-is-long-enough-0123456789",
};

async function loadWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "APP_URL", "AUTH_URL"]) vi.stubEnv(key, undefined as unknown as string);
  vi.stubEnv("NODE_ENV", "test");
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

  // the configuration is read when env() is first called, so each one is called as soon as loaded
  const messageOf = async (vars: Record<string, string | undefined>) => {
    const env = await loadWith(vars);
    try {
      env();
      return "loaded";
    } catch (error) {
      return (error as Error).message;
    }
  };

  test("production needs APP_URL and AUTH_URL, and names each one missing", async () => {
    const neither = await messageOf({ ...valid, NODE_ENV: "production" });
    const noAuthUrl = await messageOf({ ...valid, NODE_ENV: "production", APP_URL: "https://forum.example.org" });
    const noAppUrl = await messageOf({ ...valid, NODE_ENV: "production", AUTH_URL: "https://forum.example.org" });

    expect(neither).toMatch(/APP_URL: is required in production[\s\S]*AUTH_URL: is required in production/);
    expect(noAuthUrl).toMatch(/AUTH_URL: is required in production/);
    expect(noAuthUrl).not.toMatch(/APP_URL/);
    expect(noAppUrl).toMatch(/APP_URL: is required in production/);
    expect(noAppUrl).not.toMatch(/AUTH_URL/);
  });

  test("production loads with both set; an empty one counts as missing", async () => {
    const env = await loadWith({ ...valid, NODE_ENV: "production", APP_URL: "https://forum.example.org", AUTH_URL: "https://forum.example.org" });
    expect(env()).toMatchObject({ NODE_ENV: "production", APP_URL: "https://forum.example.org", AUTH_URL: "https://forum.example.org" });

    expect(await messageOf({ ...valid, NODE_ENV: "production", APP_URL: "https://forum.example.org", AUTH_URL: "" })).toMatch(
      /AUTH_URL: is required in production/,
    );
  });

  test("outside production both may be left out: links point at localhost and next-auth uses the request's host", async () => {
    const env = await loadWith({ ...valid, NODE_ENV: "development" });

    expect(env().APP_URL).toBe("http://localhost:3000");
    expect(env().AUTH_URL).toBeUndefined();
  });

  test("APP_URL and AUTH_URL must be http(s) URLs", async () => {
    expect(await messageOf({ ...valid, APP_URL: "javascript:alert(1)", AUTH_URL: "forum.example.org" })).toMatch(
      /APP_URL: must be an http:\/\/ or https:\/\/ URL[\s\S]*AUTH_URL: must be an http/,
    );
  });
});
