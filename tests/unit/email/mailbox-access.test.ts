import { afterEach, describe, expect, test, vi } from "vitest";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", AUTH_SECRET: "a-secret-that-is-long-enough-0123456789" };

async function mailboxWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["SMTP_URL", "LOCAL_DEMO", "NODE_ENV"]) vi.stubEnv(key, undefined as unknown as string);
  for (const [k, v] of Object.entries({ ...base, ...vars })) vi.stubEnv(k, v as string);
  return import("@/lib/email/mailbox");
}

afterEach(() => vi.unstubAllEnvs());

const from = (forwardedFor?: string, realIp?: string) => {
  const h = new Headers();
  if (forwardedFor !== undefined) h.set("x-forwarded-for", forwardedFor);
  if (realIp !== undefined) h.set("x-real-ip", realIp);
  return h;
};

describe("who may read the local mailbox", () => {
  test.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["[::1]", true],
    ["::ffff:127.0.0.1", true],
    ["192.168.1.20", false],
    ["10.0.0.5", false],
    ["::ffff:192.168.1.20", false],
    ["fe80::1", false],
    ["127.0.0.1.evil.example", false],
    ["", false],
  ])("address %j is loopback: %s", async (address, expected) => {
    const { isLoopbackAddress } = await mailboxWith({ NODE_ENV: "development" });
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  test("a request from this machine may, in development", async () => {
    const { mayReadLocalMailbox } = await mailboxWith({ NODE_ENV: "development" });
    expect(mayReadLocalMailbox({ headers: from("127.0.0.1"), role: null })).toBe(true);
    expect(mayReadLocalMailbox({ headers: from("::1"), role: "STAKEHOLDER" })).toBe(true);
  });

  test("a request from another machine may not, signed out or as a stakeholder", async () => {
    const { mayReadLocalMailbox } = await mailboxWith({ NODE_ENV: "development" });
    expect(mayReadLocalMailbox({ headers: from("192.168.1.20"), role: null })).toBe(false);
    expect(mayReadLocalMailbox({ headers: from("192.168.1.20"), role: "STAKEHOLDER" })).toBe(false);
  });

  test("a request relayed by a proxy on this machine counts as the client it came from", async () => {
    const { mayReadLocalMailbox } = await mailboxWith({ NODE_ENV: "development" });
    expect(mayReadLocalMailbox({ headers: from("203.0.113.9, 127.0.0.1"), role: null })).toBe(false);
    expect(mayReadLocalMailbox({ headers: from("127.0.0.1", "203.0.113.9"), role: null })).toBe(false);
  });

  test("without any client address it is not loopback", async () => {
    const { mayReadLocalMailbox } = await mailboxWith({ NODE_ENV: "development" });
    expect(mayReadLocalMailbox({ headers: from(), role: null })).toBe(false);
  });

  test("the secretariat may, from anywhere, where the mailbox exists", async () => {
    const { mayReadLocalMailbox } = await mailboxWith({
      NODE_ENV: "production",
      LOCAL_DEMO: "true",
      APP_URL: "http://localhost:3000",
      AUTH_URL: "http://localhost:3000",
    });
    expect(mayReadLocalMailbox({ headers: from("192.168.1.20"), role: "SECRETARIAT" })).toBe(true);
  });

  test("no one may in production or with a mail server, not even from this machine or as the secretariat", async () => {
    const prod = await mailboxWith({ NODE_ENV: "production", APP_URL: "https://forum.example.org", AUTH_URL: "https://forum.example.org" });
    expect(prod.mayReadLocalMailbox({ headers: from("127.0.0.1"), role: "SECRETARIAT" })).toBe(false);
    const smtp = await mailboxWith({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" });
    expect(smtp.mayReadLocalMailbox({ headers: from("127.0.0.1"), role: "SECRETARIAT" })).toBe(false);
  });
});
