import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEvent {
  actorId: string | null;
  /** dotted, past tense: "invitation.sent", "deadline.extended" */
  action: string;
  entity: { type: string; id: string };
  data?: Prisma.InputJsonValue;
}

/**
 * Writes an audit entry inside the caller's transaction: a failed audit write fails the change,
 * and a rolled-back change leaves no entry. Entries are append-only (a database trigger).
 */
export async function recordAuditEvent(tx: Tx, event: AuditEvent): Promise<void> {
  await tx.auditEntry.create({
    data: { actorId: event.actorId, action: event.action, entityType: event.entity.type, entityId: event.entity.id, data: event.data },
  });
}
