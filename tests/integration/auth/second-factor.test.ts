// The secretariat's second factor on real PostgreSQL: authenticator-app enrolment and
// verification (with a window, no replay), recovery codes (hashed, one use), the limit on wrong
// codes, who may enrol, and removal, each audited. Passkey ceremonies need a browser
// authenticator: tests/e2e/second-factor.spec.ts covers them with Chromium's virtual one.
import crypto from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { generate } from "otplib";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/actions/errors";
import {
  MAX_FAILURES,
  confirmTotpEnrolment,
  redeemRecoveryCode,
  removeFactor,
  startPasskeyRegistration,
  startTotpEnrolment,
  verifyTotp,
  type FactorContext,
} from "@/lib/second-factor/service";
import { createUser } from "../../factories/core";

afterAll(() => db.$disconnect());

async function staffSession(): Promise<FactorContext> {
  const u = await createUser(db, { role: "SECRETARIAT" });
  const sessionToken = crypto.randomUUID();
  await db.session.create({ data: { sessionToken, userId: u.id, expires: new Date(Date.now() + 3600_000) } });
  const user: CurrentUser = { id: u.id, email: u.email, name: u.name, role: "SECRETARIAT" };
  return { user, sessionToken };
}
async function newSessionOf(ctx: FactorContext): Promise<FactorContext> {
  const sessionToken = crypto.randomUUID();
  await db.session.create({ data: { sessionToken, userId: ctx.user.id, expires: new Date(Date.now() + 3600_000) } });
  return { user: ctx.user, sessionToken };
}
const verifiedAt = async (ctx: FactorContext) => (await db.session.findUnique({ where: { sessionToken: ctx.sessionToken } }))?.secondFactorAt ?? null;
const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
async function failureCode(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "passed";
}

async function enrolTotp(ctx: FactorContext) {
  const { secret, uri } = await startTotpEnrolment(ctx);
  const { recoveryCodes } = await confirmTotpEnrolment(ctx, await codeAt(secret));
  return { secret, uri, recoveryCodes: recoveryCodes! };
}

describe("authenticator app (TOTP)", () => {
  test("enrolment: the secret is stored encrypted, the first code verifies the session, ten recovery codes are issued (hashed), audited", async () => {
    const ctx = await staffSession();
    const { secret, uri, recoveryCodes } = await enrolTotp(ctx);

    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    const factor = await db.totpFactor.findUniqueOrThrow({ where: { userId: ctx.user.id } });
    expect(factor.confirmedAt).not.toBeNull();
    expect(factor.secretBox).not.toContain(secret);
    expect(await verifiedAt(ctx)).not.toBeNull();
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.recoveryCode.findMany({ where: { userId: ctx.user.id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.some((s) => s.codeHash.includes(code.replace("-", "")))).toBe(false);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: ctx.user.id, action: "second_factor.enrolled" } });
    expect(audit.data).toMatchObject({ method: "totp", recoveryCodesIssued: true });
    expect(JSON.stringify(audit.data)).not.toContain(secret);
  });

  test("a new session verifies with a code in the window; the same code again is refused (no replay)", async () => {
    const ctx = await staffSession();
    const { secret } = await enrolTotp(ctx);
    const second = await newSessionOf(ctx);
    expect(await verifiedAt(second)).toBeNull();

    // the code used at enrolment is spent; the next step's code (within the 30 s window) works once
    expect(await failureCode(() => verifyTotp(second, "000000"))).toBe("VALIDATION");
    const next = await codeAt(secret, 30);
    await verifyTotp(second, next);
    expect(await verifiedAt(second)).not.toBeNull();

    const third = await newSessionOf(ctx);
    expect(await failureCode(() => verifyTotp(third, next))).toBe("VALIDATION");
    const enrolmentCode = await codeAt(secret);
    expect(await failureCode(() => verifyTotp(third, enrolmentCode))).toBe("VALIDATION");
    expect(await verifiedAt(third)).toBeNull();
  });

  test(`after ${MAX_FAILURES} wrong codes the session is ended`, async () => {
    const ctx = await staffSession();
    await enrolTotp(ctx);
    const other = await newSessionOf(ctx);
    for (let i = 1; i < MAX_FAILURES; i++) expect(await failureCode(() => verifyTotp(other, "123456"))).toBe("VALIDATION");
    expect(await failureCode(() => verifyTotp(other, "123456"))).toBe("RATE_LIMITED");
    expect(await db.session.findUnique({ where: { sessionToken: other.sessionToken } })).toBeNull();
  });
});

describe("recovery codes", () => {
  test("a code verifies a session once, its use is audited with the count left, and it never works again", async () => {
    const ctx = await staffSession();
    const { recoveryCodes } = await enrolTotp(ctx);
    const lost = await newSessionOf(ctx);

    expect(await redeemRecoveryCode(lost, recoveryCodes[3]!.replace("-", ""))).toEqual({ left: 9 });
    expect(await verifiedAt(lost)).not.toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: ctx.user.id, action: "second_factor.recovery_code_used" } });
    expect(audit.data).toEqual({ left: 9 });

    const again = await newSessionOf(ctx);
    expect(await failureCode(() => redeemRecoveryCode(again, recoveryCodes[3]!.replace("-", "")))).toBe("VALIDATION");
    expect(await verifiedAt(again)).toBeNull();
  });

  test("another member's code does not work", async () => {
    const a = await staffSession();
    const b = await staffSession();
    const { recoveryCodes } = await enrolTotp(a);
    await enrolTotp(b);
    const bNew = await newSessionOf(b);
    expect(await failureCode(() => redeemRecoveryCode(bNew, recoveryCodes[0]!.replace("-", "")))).toBe("VALIDATION");
  });
});

describe("who may enrol and remove", () => {
  test("once a factor exists, an unverified session (a stolen mailbox) cannot add another", async () => {
    const ctx = await staffSession();
    await enrolTotp(ctx);
    const intruder = await newSessionOf(ctx);
    expect(await failureCode(() => startPasskeyRegistration(intruder))).toBe("FORBIDDEN");
    expect(await failureCode(() => startTotpEnrolment(intruder))).toBe("FORBIDDEN");
    // a verified session may add a passkey: the ceremony starts with a challenge kept hashed on the session
    const options = await startPasskeyRegistration(ctx);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: ctx.sessionToken } });
    expect(row.webauthnChallengeHash).toBe(crypto.createHash("sha256").update(options.challenge).digest("hex"));
    expect(options.rp.id).toBe(new URL(process.env.APP_URL!).hostname);
  });

  test("removal needs a recent verification; removing the last factor drops the codes and every session's verification, audited", async () => {
    const ctx = await staffSession();
    await enrolTotp(ctx);
    const other = await newSessionOf(ctx);
    await db.session.update({ where: { sessionToken: other.sessionToken }, data: { secondFactorAt: new Date() } });

    const unverified = await newSessionOf(ctx);
    expect(await failureCode(() => removeFactor(unverified, { kind: "totp" }))).toBe("INVALID_STATE");
    await db.session.update({ where: { sessionToken: ctx.sessionToken }, data: { secondFactorAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await failureCode(() => removeFactor(ctx, { kind: "totp" }))).toBe("INVALID_STATE");
    await db.session.update({ where: { sessionToken: ctx.sessionToken }, data: { secondFactorAt: new Date() } });

    expect(await removeFactor(ctx, { kind: "totp" })).toEqual({ left: 0 });
    expect(await db.totpFactor.findUnique({ where: { userId: ctx.user.id } })).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: ctx.user.id } })).toBe(0);
    expect(await verifiedAt(ctx)).toBeNull();
    expect(await verifiedAt(other)).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: ctx.user.id, action: "second_factor.removed" } });
    expect(audit.data).toMatchObject({ method: "totp", factorsLeft: 0 });
  });
});
