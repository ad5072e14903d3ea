import "server-only";
import crypto from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { generateSecret, generateURI, verify as verifyTotpCode } from "otplib";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { openSecret, sealSecret, sha256 } from "./secret-box";

/** Who is asking: the user and the session (its token) the verification is recorded on. */
export interface FactorContext {
  user: CurrentUser;
  sessionToken: string;
}

const CHALLENGE_TTL = 5 * 60_000;
/** Removing a factor or renewing the recovery codes asks for a verification this recent. */
export const RECENT_VERIFICATION = 10 * 60_000;
/** Wrong codes in a row before the session is ended (a new magic link is needed). */
export const MAX_FAILURES = 5;
export const RECOVERY_CODE_COUNT = 10;
const TOTP_TOLERANCE_SECONDS = 30;

function relyingParty() {
  const url = new URL(env().APP_URL);
  return { rpID: url.hostname, origin: url.origin, rpName: "WSIS Forum" };
}

async function sessionRow(ctx: FactorContext) {
  const row = await db.session.findUnique({
    where: { sessionToken: ctx.sessionToken },
    select: { userId: true, secondFactorAt: true, webauthnChallengeHash: true, webauthnChallengeUntil: true },
  });
  if (!row || row.userId !== ctx.user.id) throw new DomainError("UNAUTHENTICATED");
  return row;
}

async function countFactors(tx: Tx | typeof db, userId: string) {
  const [passkeys, totp] = await Promise.all([tx.passkey.count({ where: { userId } }), tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } })]);
  return passkeys + totp;
}

/** A new factor may be added when there is none yet (first admin visit) or by a verified session. */
async function assertMayEnrol(ctx: FactorContext) {
  const row = await sessionRow(ctx);
  if (!row.secondFactorAt && (await countFactors(db, ctx.user.id)) > 0) throw new DomainError("FORBIDDEN");
  return row;
}

async function assertRecentlyVerified(ctx: FactorContext) {
  const row = await sessionRow(ctx);
  if (!row.secondFactorAt || Date.now() - row.secondFactorAt.getTime() > RECENT_VERIFICATION) throw new DomainError("INVALID_STATE");
}

/** Records on the session that it passed the second factor. */
async function markVerified(tx: Tx, ctx: FactorContext) {
  await tx.session.update({
    where: { sessionToken: ctx.sessionToken },
    data: { secondFactorAt: new Date(), secondFactorFailures: 0, webauthnChallengeHash: null, webauthnChallengeUntil: null },
  });
}

/** Ten fresh recovery codes (the old ones are dropped); the plain codes are returned once, only hashes are kept. */
async function issueRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(crypto.randomBytes(10), (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: sha256(c.replace("-", "")) })) });
  return codes;
}

/** A wrong code: counted on the session, which ends at the limit. */
async function failed(ctx: FactorContext): Promise<never> {
  const row = await db.session.update({
    where: { sessionToken: ctx.sessionToken },
    data: { secondFactorFailures: { increment: 1 } },
    select: { secondFactorFailures: true },
  });
  if (row.secondFactorFailures >= MAX_FAILURES) {
    await db.session.deleteMany({ where: { sessionToken: ctx.sessionToken } });
    throw new DomainError("RATE_LIMITED");
  }
  throw new DomainError("VALIDATION", { code: ["wrongCode"] });
}

async function storeChallenge(ctx: FactorContext, challenge: string) {
  await db.session.update({
    where: { sessionToken: ctx.sessionToken },
    data: { webauthnChallengeHash: sha256(challenge), webauthnChallengeUntil: new Date(Date.now() + CHALLENGE_TTL) },
  });
}

/** Takes the session's pending challenge (one use): its hash, or an error when there is none or it is stale. */
async function takeChallenge(tx: Tx, ctx: FactorContext): Promise<string> {
  const row = await tx.session.findUnique({ where: { sessionToken: ctx.sessionToken }, select: { webauthnChallengeHash: true, webauthnChallengeUntil: true } });
  const taken = await tx.session.updateMany({
    where: { sessionToken: ctx.sessionToken, webauthnChallengeHash: row?.webauthnChallengeHash ?? "-", webauthnChallengeUntil: { gt: new Date() } },
    data: { webauthnChallengeHash: null, webauthnChallengeUntil: null },
  });
  if (!row?.webauthnChallengeHash || taken.count !== 1) throw new DomainError("INVALID_STATE");
  return row.webauthnChallengeHash;
}

export async function startPasskeyRegistration(ctx: FactorContext) {
  await assertMayEnrol(ctx);
  const { rpID, rpName } = relyingParty();
  const existing = await db.passkey.findMany({ where: { userId: ctx.user.id }, select: { credentialId: true, transports: true } });
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: ctx.user.email,
    userDisplayName: ctx.user.name ?? ctx.user.email,
    userID: new TextEncoder().encode(ctx.user.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await storeChallenge(ctx, options.challenge);
  return options;
}

/** Verifies the browser's new credential, stores it, and marks the session verified. Recovery codes come with the first factor. */
export async function finishPasskeyRegistration(ctx: FactorContext, response: RegistrationResponseJSON): Promise<{ recoveryCodes: string[] | null }> {
  await assertMayEnrol(ctx);
  const { rpID, origin } = relyingParty();
  return db.$transaction(async (tx) => {
    const challengeHash = await takeChallenge(tx, ctx);
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: (challenge) => sha256(challenge) === challengeHash,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
    }).catch(() => null);
    if (!result?.verified) throw new DomainError("VALIDATION", { passkey: ["passkeyRefused"] });
    const { credential } = result.registrationInfo;
    const first = (await countFactors(tx, ctx.user.id)) === 0;
    const passkey = await tx.passkey.create({
      data: {
        userId: ctx.user.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? [],
      },
      select: { id: true },
    });
    const recoveryCodes = first ? await issueRecoveryCodes(tx, ctx.user.id) : null;
    await markVerified(tx, ctx);
    await recordAuditEvent(tx, {
      actorId: ctx.user.id,
      action: "second_factor.enrolled",
      entity: { type: "User", id: ctx.user.id },
      data: { method: "passkey", passkeyId: passkey.id, recoveryCodesIssued: !!recoveryCodes },
    });
    return { recoveryCodes };
  });
}

export async function startPasskeyAuthentication(ctx: FactorContext) {
  await sessionRow(ctx);
  const passkeys = await db.passkey.findMany({ where: { userId: ctx.user.id }, select: { credentialId: true, transports: true } });
  if (passkeys.length === 0) throw new DomainError("NOT_FOUND");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    userVerification: "preferred",
  });
  await storeChallenge(ctx, options.challenge);
  return options;
}

export async function finishPasskeyAuthentication(ctx: FactorContext, response: AuthenticationResponseJSON): Promise<void> {
  await sessionRow(ctx);
  const passkey = await db.passkey.findFirst({ where: { userId: ctx.user.id, credentialId: response.id } });
  const { rpID, origin } = relyingParty();
  await db.$transaction(async (tx) => {
    const challengeHash = await takeChallenge(tx, ctx);
    if (!passkey) throw new DomainError("VALIDATION", { passkey: ["passkeyRefused"] });
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: (challenge) => sha256(challenge) === challengeHash,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: Number(passkey.counter), transports: passkey.transports },
      requireUserVerification: false,
    }).catch(() => null);
    if (!result?.verified) throw new DomainError("VALIDATION", { passkey: ["passkeyRefused"] });
    await tx.passkey.update({ where: { id: passkey.id }, data: { counter: result.authenticationInfo.newCounter, lastUsedAt: new Date() } });
    await markVerified(tx, ctx);
  });
}

/** Starts authenticator-app enrolment: a new secret, shown once (the page never shows it again). */
export async function startTotpEnrolment(ctx: FactorContext): Promise<{ secret: string; uri: string }> {
  await assertMayEnrol(ctx);
  const existing = await db.totpFactor.findUnique({ where: { userId: ctx.user.id }, select: { confirmedAt: true } });
  if (existing?.confirmedAt) throw new DomainError("CONFLICT");
  const secret = generateSecret();
  await db.totpFactor.upsert({
    where: { userId: ctx.user.id },
    create: { userId: ctx.user.id, secretBox: sealSecret(secret) },
    update: { secretBox: sealSecret(secret), lastTimeStep: null, createdAt: new Date() },
  });
  return { secret, uri: generateURI({ issuer: relyingParty().rpName, label: ctx.user.email, secret }) };
}

/** A code for this secret in the window, newer than the last one accepted: its time step, or null. */
async function acceptedTimeStep(sealed: string, code: string, lastTimeStep: number | null): Promise<number | null> {
  const result = await verifyTotpCode({
    secret: openSecret(sealed),
    token: code,
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(lastTimeStep !== null && { afterTimeStep: lastTimeStep }),
  }).catch(() => null);
  return result?.valid && "timeStep" in result ? result.timeStep : null;
}

/** The step only moves forward: a code already used (here or in a parallel request) is refused. */
async function claimTimeStep(tx: Tx, userId: string, timeStep: number, confirming: boolean) {
  const claimed = await tx.totpFactor.updateMany({
    where: { userId, confirmedAt: confirming ? null : { not: null }, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: timeStep } }] },
    data: { lastTimeStep: timeStep, ...(confirming && { confirmedAt: new Date() }) },
  });
  return claimed.count === 1;
}

export async function confirmTotpEnrolment(ctx: FactorContext, code: string): Promise<{ recoveryCodes: string[] | null }> {
  await assertMayEnrol(ctx);
  const pending = await db.totpFactor.findUnique({ where: { userId: ctx.user.id } });
  if (!pending || pending.confirmedAt) throw new DomainError("INVALID_STATE");
  const timeStep = await acceptedTimeStep(pending.secretBox, code, pending.lastTimeStep);
  if (timeStep === null) return failed(ctx);
  return db.$transaction(async (tx) => {
    const first = (await countFactors(tx, ctx.user.id)) === 0;
    if (!(await claimTimeStep(tx, ctx.user.id, timeStep, true))) throw new DomainError("INVALID_STATE");
    const recoveryCodes = first ? await issueRecoveryCodes(tx, ctx.user.id) : null;
    await markVerified(tx, ctx);
    await recordAuditEvent(tx, {
      actorId: ctx.user.id,
      action: "second_factor.enrolled",
      entity: { type: "User", id: ctx.user.id },
      data: { method: "totp", recoveryCodesIssued: !!recoveryCodes },
    });
    return { recoveryCodes };
  });
}

export async function verifyTotp(ctx: FactorContext, code: string): Promise<void> {
  await sessionRow(ctx);
  const factor = await db.totpFactor.findUnique({ where: { userId: ctx.user.id } });
  if (!factor?.confirmedAt) throw new DomainError("NOT_FOUND");
  const timeStep = await acceptedTimeStep(factor.secretBox, code, factor.lastTimeStep);
  if (timeStep === null) return failed(ctx);
  const ok = await db.$transaction(async (tx) => {
    if (!(await claimTimeStep(tx, ctx.user.id, timeStep, false))) return false;
    await markVerified(tx, ctx);
    return true;
  });
  if (!ok) return failed(ctx);
}

/** A recovery code stands in for the factor once; its use is audited. */
export async function redeemRecoveryCode(ctx: FactorContext, code: string): Promise<{ left: number }> {
  await sessionRow(ctx);
  const left = await db.$transaction(async (tx) => {
    const used = await tx.recoveryCode.updateMany({ where: { userId: ctx.user.id, codeHash: sha256(code), usedAt: null }, data: { usedAt: new Date() } });
    if (used.count !== 1) return null;
    const remaining = await tx.recoveryCode.count({ where: { userId: ctx.user.id, usedAt: null } });
    await markVerified(tx, ctx);
    await recordAuditEvent(tx, {
      actorId: ctx.user.id,
      action: "second_factor.recovery_code_used",
      entity: { type: "User", id: ctx.user.id },
      data: { left: remaining },
    });
    return remaining;
  });
  if (left === null) return failed(ctx);
  return { left };
}

/** Removes one of the member's own factors (after a recent verification). With none left, every session of theirs must enrol again. */
export async function removeFactor(ctx: FactorContext, factor: { kind: "passkey"; id: string } | { kind: "totp" }) {
  await assertRecentlyVerified(ctx);
  return db.$transaction(async (tx) => {
    const removed =
      factor.kind === "passkey"
        ? await tx.passkey.deleteMany({ where: { id: factor.id, userId: ctx.user.id } })
        : await tx.totpFactor.deleteMany({ where: { userId: ctx.user.id } });
    if (removed.count !== 1) throw new DomainError("NOT_FOUND");
    const left = await countFactors(tx, ctx.user.id);
    if (left === 0) {
      await tx.recoveryCode.deleteMany({ where: { userId: ctx.user.id } });
      await tx.session.updateMany({ where: { userId: ctx.user.id }, data: { secondFactorAt: null } });
    }
    await recordAuditEvent(tx, {
      actorId: ctx.user.id,
      action: "second_factor.removed",
      entity: { type: "User", id: ctx.user.id },
      data: { method: factor.kind, ...(factor.kind === "passkey" && { passkeyId: factor.id }), factorsLeft: left },
    });
    return { left };
  });
}

/** New recovery codes (the old ones stop working), after a recent verification. */
export async function renewRecoveryCodes(ctx: FactorContext): Promise<string[]> {
  await assertRecentlyVerified(ctx);
  return db.$transaction(async (tx) => {
    if ((await countFactors(tx, ctx.user.id)) === 0) throw new DomainError("INVALID_STATE");
    const codes = await issueRecoveryCodes(tx, ctx.user.id);
    await recordAuditEvent(tx, { actorId: ctx.user.id, action: "second_factor.recovery_codes_renewed", entity: { type: "User", id: ctx.user.id } });
    return codes;
  });
}

/** Forgets this session's verification, so the member proves it again (before removing a factor). */
export async function forgetVerification(ctx: FactorContext) {
  await db.session.updateMany({ where: { sessionToken: ctx.sessionToken, userId: ctx.user.id }, data: { secondFactorAt: null } });
}
