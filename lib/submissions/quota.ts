import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { lockAccount } from "@/lib/security/account-lock";

/** How many drafts (unsubmitted contributions, workshop requests, nominations) one account may hold. */
export const MAX_DRAFTS_PER_ACCOUNT = 20;

/**
 * A new draft may not take the account past MAX_DRAFTS_PER_ACCOUNT: counted inside the caller's
 * transaction under the account's lock, so two parallel saves cannot both take the last place.
 * Throws QUOTA_EXCEEDED with the form-level key "draftQuota".
 */
export async function assertDraftQuota(tx: Tx, userId: string) {
  await lockAccount(tx, userId);
  const drafts = await tx.submission.count({ where: { authorId: userId, status: "DRAFT" } });
  if (drafts >= MAX_DRAFTS_PER_ACCOUNT) throw new DomainError("QUOTA_EXCEEDED", { _form: ["draftQuota"] });
}
