import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, AuditEntityType } from "./vocabulary";

export interface AuditEvent {
  actorId: string | null;
  /** one of AUDIT_ACTIONS (lib/audit/vocabulary.ts): "invitation.sent", "deadline.moved" */
  action: AuditAction;
  /** the Prisma model the entry is about, and that row's id */
  entity: { type: AuditEntityType; id: string };
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
