import "server-only";
import { db } from "@/lib/db";

export interface SecondFactorStatus {
  passkeys: { id: string; createdAt: Date; lastUsedAt: Date | null }[];
  totp: boolean;
  recoveryCodesLeft: number;
}

/** What the member has enrolled (never a secret): for the enrol/verify/manage page. */
export async function getSecondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [passkeys, totp, recoveryCodesLeft] = await Promise.all([
    db.passkey.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, lastUsedAt: true } }),
    db.totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { passkeys, totp: totp > 0, recoveryCodesLeft };
}

export const hasFactor = (s: SecondFactorStatus) => s.passkeys.length > 0 || s.totp;
