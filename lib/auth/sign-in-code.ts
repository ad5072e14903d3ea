import "server-only";
import crypto from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { CODE_ALPHABET, CODE_LENGTH, normaliseCode } from "./schemas";

/** Wrong codes allowed before the code is dead (the link mailed with it still works). */
export const CODE_MAX_ATTEMPTS = 5;

/** sha256 of value + AUTH_SECRET in hex: how Auth.js stores magic-link tokens, and how codes are stored. */
export function secretHash(value: string): string {
  return crypto.createHash("sha256").update(`${value}${env().AUTH_SECRET}`).digest("hex");
}

export function generateCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The code as printed in the mail: two groups of four. */
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * Stores the code mailed with a magic link (hashed), replacing any earlier code for the address.
 * `token` is the link's raw token, so that spending one spends the other.
 */
export async function storeSignInCode(tx: Tx, { email, code, token, expires }: { email: string; code: string; token: string; expires: Date }) {
  const data = { codeHash: secretHash(code), tokenHash: secretHash(token), attempts: 0, expires };
  await tx.signInCode.upsert({ where: { identifier: email }, create: { identifier: email, ...data }, update: data });
}

/** After the magic link was spent: its code goes too. */
export async function forgetCodeOfLink(email: string, token: string) {
  await db.signInCode.deleteMany({ where: { identifier: email, tokenHash: secretHash(token) } });
}

/**
 * Checks a typed code. Every attempt is counted before the comparison, in one statement, so
 * parallel guesses cannot exceed the limit. A right code is spent with the link mailed with it
 * and exchanged for a fresh single-use link token (valid one minute) that the caller hands to
 * Auth.js to open the session; null for a wrong, dead or expired code.
 */
export async function redeemSignInCode(email: string, typed: string, now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ codeHash: string; tokenHash: string }[]>`
      UPDATE "SignInCode" SET "attempts" = "attempts" + 1
      WHERE "identifier" = ${email} AND "attempts" < ${CODE_MAX_ATTEMPTS} AND "expires" > ${now}
      RETURNING "codeHash", "tokenHash"`;
    const row = rows[0];
    if (!row) return null;
    const given = Buffer.from(secretHash(normaliseCode(typed)), "hex");
    if (!crypto.timingSafeEqual(given, Buffer.from(row.codeHash, "hex"))) return null;
    await tx.signInCode.delete({ where: { identifier: email } });
    await tx.verificationToken.deleteMany({ where: { identifier: email, token: row.tokenHash } });
    const fresh = crypto.randomBytes(32).toString("hex");
    await tx.verificationToken.create({ data: { identifier: email, token: secretHash(fresh), expires: new Date(now.getTime() + 60_000) } });
    return fresh;
  });
}
