import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";

/** The caller of a service: who they are comes from the session, never from a form. */
export type Actor = Pick<CurrentUser, "id" | "email" | "role">;

/** Secretariat services check the role themselves too: a service may be called from anywhere. */
export function assertSecretariat(actor: Actor) {
  if (actor.role !== "SECRETARIAT") throw new DomainError("FORBIDDEN");
}

/**
 * Locks the invitation's row until the transaction ends, so that concurrent answers to the same
 * invitation (double clicks, two tabs, two colleagues) run one after the other.
 */
export async function lockInvitation(tx: Tx, invitationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE id = ${invitationId} FOR UPDATE`;
  return rows.length === 1;
}

/** Long enough for a burst of simultaneous answers to queue on the row lock rather than fail. */
export const LOCKING_TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;
