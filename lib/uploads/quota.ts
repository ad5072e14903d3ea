import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { lockAccount } from "@/lib/security/account-lock";
import { MAX_FILES_PER_ACCOUNT, MAX_STORED_BYTES_PER_ACCOUNT } from "./policy";

/**
 * Refuses a new file that would take the account past its quota of stored files (count or total
 * bytes), inside the caller's transaction and under the account's lock. `replacing` is the file
 * the new one replaces in the same transaction (it is not counted). Throws QUOTA_EXCEEDED with
 * `field`'s message key "fileQuota".
 */
export async function assertFileQuota(tx: Tx, ownerId: string, size: number, { field, replacing }: { field: string; replacing?: string | null }) {
  await lockAccount(tx, ownerId);
  const held = await tx.storedFile.aggregate({
    where: { ownerId, ...(replacing ? { id: { not: replacing } } : {}) },
    _count: { _all: true },
    _sum: { size: true },
  });
  if (held._count._all + 1 > MAX_FILES_PER_ACCOUNT || (held._sum.size ?? 0) + size > MAX_STORED_BYTES_PER_ACCOUNT) {
    throw new DomainError("QUOTA_EXCEEDED", { [field]: ["fileQuota"] });
  }
}
