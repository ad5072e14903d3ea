// Sign-in mail and its limits against the real PostgreSQL and a real SMTP server on loopback:
// the rate-limit counters shared by every instance, the limits that do not lock a delegate out,
// the one-time code, and the mail itself (nodemailer 9 through the outbox).
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../../helpers/smtp";
import { testDb, uniqueEmail } from "../../helpers/database";

// next-auth's own modules do not load outside Next (they import "next/server" without an extension)
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

let smtp: SmtpCapture;
const db = testDb();
const pools: Pool[] = [];

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await smtp.close();
  await db.$disconnect();
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
});

let ipCounter = 1;
/** A fresh client address per call, so tests never share counters. */
const uniqueIp = () => `198.51.${Math.floor(ipCounter / 250) % 250}.${(ipCounter++ % 250) + 1}`;
const uniquePrefix = () => `test:${Date.now().toString(36)}:${Math.random().toString(36).slice(2)}`;
const request = (ip: string) =>
  new Request("http://localhost:3999/api/auth/signin/nodemailer", { method: "POST", headers: { "x-forwarded-for": ip, cookie: "NEXT_LOCALE=fr" } });

describe("rate limits in PostgreSQL", () => {
  test("two instances of the portal (two pools, two limiters) share one count", async () => {
    const { createLimiter } = await import("@/lib/security/rate-limit");
    const url = process.env.DATABASE_URL!;
    const [a, b] = [new Pool({ connectionString: url, max: 1 }), new Pool({ connectionString: url, max: 1 })];
    pools.push(a, b);
    const options = { keyPrefix: uniquePrefix(), points: 3, duration: 60 };
    const first = createLimiter({ ...options, pool: a });
    const second = createLimiter({ ...options, pool: b });

    const results = [await first.consume("k"), await second.consume("k"), await first.consume("k"), await second.consume("k"), await first.consume("k")];

    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => (r.allowed ? null : r.firstRefusal))).toEqual([null, null, null, true, false]);
    // the store holds no address in clear
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: options.keyPrefix } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).not.toContain(":k");
    expect(rows[0]!.points).toBe(5);
  });

  test("a count survives a new limiter (a restart) and other keys are untouched", async () => {
    const { createLimiter } = await import("@/lib/security/rate-limit");
    const options = { keyPrefix: uniquePrefix(), points: 1, duration: 60 };
    expect((await createLimiter(options).consume("x")).allowed).toBe(true);

    expect((await createLimiter(options).consume("x")).allowed).toBe(false);
    expect((await createLimiter(options).consume("y")).allowed).toBe(true);
  });
});

describe("sign-in mail limits", () => {
  test("flooding an address from elsewhere does not lock its delegate out, and is recorded once", async () => {
    const { checkSignInMail, signInLimits } = await import("@/lib/auth/sign-in-limit");
    const email = uniqueEmail("flooded");
    const attacker = uniqueIp();
    const delegate = uniqueIp();

    const flood = [];
    for (let i = 0; i < 8; i++) flood.push((await checkSignInMail(email, attacker)).allowed);

    expect(flood).toEqual([true, true, true, true, true, false, false, false]);
    expect(signInLimits.perAddress.points).toBe(5);
    // the address is under attack, yet its delegate's own browser still gets its links
    expect((await checkSignInMail(email, delegate)).allowed).toBe(true);
    expect((await checkSignInMail(email, delegate)).allowed).toBe(true);
    expect((await checkSignInMail(email, delegate)).allowed).toBe(true);
    expect((await checkSignInMail(email, delegate)).allowed).toBe(false);
    const blocked = await db.auditEntry.findMany({ where: { action: "sign_in.blocked", entityId: email }, orderBy: { id: "asc" } });
    expect(blocked.map((b) => b.data)).toEqual([
      { client: attacker, reason: "address" },
      { client: delegate, reason: "address" },
    ]);
  });

  test("one client asking for many addresses is stopped after 30 in the window", async () => {
    const { checkSignInMail } = await import("@/lib/auth/sign-in-limit");
    const client = uniqueIp();
    const outcomes = [];
    for (let i = 0; i < 32; i++) outcomes.push((await checkSignInMail(uniqueEmail("spray"), client)).allowed);

    expect(outcomes.filter(Boolean)).toHaveLength(30);
    expect(outcomes.slice(30)).toEqual([false, false]);
    expect(await db.auditEntry.count({ where: { action: "sign_in.blocked", data: { path: ["client"], equals: client } } })).toBe(1);
  });
});

describe("sign-in mail", () => {
  const expires = () => new Date(Date.now() + 30 * 60_000);
  const authUrl = (email: string, token: string) =>
    `http://localhost:3999/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: "http://localhost:3999/fr", token, email })}`;

  test("goes out over SMTP in the visitor's language with a confirmation link and a code, both stored hashed", async () => {
    const { sendSignInMail } = await import("@/lib/auth/sign-in-mail");
    const { secretHash } = await import("@/lib/auth/sign-in-code");
    const email = uniqueEmail("mail");
    const token = "ab".repeat(32);

    await sendSignInMail({ identifier: email, url: authUrl(email, token), token, expires: expires(), request: request(uniqueIp()), locale: "fr" });

    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe("Votre lien de connexion au portail du Forum du SMSI");
    const links = mail.text?.match(/https?:\/\/\S+/g) ?? [];
    expect(links).toEqual([`http://localhost:3999/fr/sign-in/confirm?${new URLSearchParams({ email, token, callbackUrl: "/fr" })}`]);
    const code = mail.text?.match(/\b([A-Z0-9]{4})-([A-Z0-9]{4})\b/);
    expect(code).toBeTruthy();
    const stored = await db.signInCode.findUniqueOrThrow({ where: { identifier: email } });
    expect(stored.codeHash).toBe(secretHash(`${code![1]}${code![2]}`));
    expect(stored.tokenHash).toBe(secretHash(token));
    expect(JSON.stringify(stored)).not.toContain(code![1]);
  });

  test("a list of addresses or a padded one is refused and nothing is sent", async () => {
    const { sendSignInMail } = await import("@/lib/auth/sign-in-mail");
    const first = uniqueEmail("list-a");
    const second = uniqueEmail("list-b");
    for (const identifier of [`${first},${second}`, `${first.split("@")[0]},${second}`, ` ${first}`, `${first} ${second}`]) {
      await expect(
        sendSignInMail({
          identifier,
          url: authUrl(identifier, "cd".repeat(32)),
          token: "cd".repeat(32),
          expires: expires(),
          request: request(uniqueIp()),
          locale: "en",
        }),
      ).rejects.toMatchObject({ reason: "invalid" });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to(first)).toEqual([]);
    expect(smtp.to(second)).toEqual([]);
    expect(await db.outboxMessage.count({ where: { to: { contains: second } } })).toBe(0);
  });

  test("is refused past the limit, whoever asks", async () => {
    const { sendSignInMail } = await import("@/lib/auth/sign-in-mail");
    const email = uniqueEmail("limited");
    const ip = uniqueIp();
    const send = (i: number) => {
      const token = i.toString(16).padStart(64, "0");
      return sendSignInMail({ identifier: email, url: authUrl(email, token), token, expires: expires(), request: request(ip), locale: "en" });
    };
    for (let i = 0; i < 5; i++) await send(i);

    await expect(send(5)).rejects.toMatchObject({ reason: "rate-limited" });
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(5);
  });
});

describe("one-time code", () => {
  async function mailCode(email: string, token: string) {
    const { secretHash } = await import("@/lib/auth/sign-in-code");
    const { storeSignInCode } = await import("@/lib/auth/sign-in-code");
    const expires = new Date(Date.now() + 30 * 60_000);
    await db.verificationToken.create({ data: { identifier: email, token: secretHash(token), expires } });
    await db.$transaction((tx) => storeSignInCode(tx, { email, code: "ACDEFG34", token, expires }));
  }

  test("the right code (typed loosely) spends the code and its link and gives a fresh one-minute token", async () => {
    const { redeemSignInCode, secretHash } = await import("@/lib/auth/sign-in-code");
    const email = uniqueEmail("code");
    const link = "ef".repeat(32);
    await mailCode(email, link);

    const fresh = await redeemSignInCode(email, "acde fg34".replace(" ", "-"));

    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    const tokens = await db.verificationToken.findMany({ where: { identifier: email } });
    expect(tokens.map((t) => t.token)).toEqual([secretHash(fresh!)]);
    expect(tokens[0]!.expires.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    expect(await db.signInCode.count({ where: { identifier: email } })).toBe(0);
    expect(await redeemSignInCode(email, "ACDEFG34")).toBeNull();
  });

  test("five wrong codes kill it: the right one is refused afterwards, even in parallel", async () => {
    const { redeemSignInCode } = await import("@/lib/auth/sign-in-code");
    const email = uniqueEmail("guess");
    await mailCode(email, "12".repeat(32));

    const guesses = await Promise.all(["ACDEFG33", "ACDEFG36", "ACDEFG37", "ACDEFG39", "ACDEFG3A", "ACDEFG3C"].map((c) => redeemSignInCode(email, c)));

    expect(guesses).toEqual([null, null, null, null, null, null]);
    expect(await redeemSignInCode(email, "ACDEFG34")).toBeNull();
    expect((await db.signInCode.findUniqueOrThrow({ where: { identifier: email } })).attempts).toBe(5);
  });

  test("a code is bound to its address and to its lifetime", async () => {
    const { redeemSignInCode } = await import("@/lib/auth/sign-in-code");
    const email = uniqueEmail("bound");
    await mailCode(email, "34".repeat(32));

    expect(await redeemSignInCode(uniqueEmail("other"), "ACDEFG34")).toBeNull();
    expect(await redeemSignInCode(email, "ACDEFG34", new Date(Date.now() + 31 * 60_000))).toBeNull();
    expect(await redeemSignInCode(email, "ACDEFG34")).toMatch(/^[0-9a-f]{64}$/);
  });
});
