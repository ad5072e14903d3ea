import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Serialises one account's quota-checked writes: the second of two parallel transactions waits
 * here until the first commits, then counts what the first stored. FOR NO KEY UPDATE, not FOR
 * UPDATE, so rows that merely reference the user (their foreign-key check takes KEY SHARE) are not
 * blocked.
 */
export async function lockAccount(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
}
