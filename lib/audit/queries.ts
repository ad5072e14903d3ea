import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import type { AuditFilter } from "./schemas";

export interface AuditRow {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

const day = (iso: string) => iso.split("-").map(Number) as [number, number, number];

/**
 * One page of the audit log, newest first, filtered. The action filter matches a prefix
 * ("submission." lists every submission event); the actor filter matches the e-mail address.
 */
export async function listAuditEntries(secretariat: Secretariat, filter: AuditFilter): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.action && { action: { startsWith: filter.action } }),
    ...(filter.entityType && { entityType: filter.entityType }),
    ...(filter.entityId && { entityId: filter.entityId }),
    ...(filter.actor && { actor: { email: { contains: filter.actor, mode: "insensitive" } } }),
    ...(filter.before && { id: { lt: BigInt(filter.before) } }),
    at: {
      ...(filter.from && { gte: genevaTime(...day(filter.from)) }),
      ...(filter.to && { lt: endOfGenevaDay(...day(filter.to)) }),
    },
  };
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, data: true, actor: { select: { email: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actorEmail: r.actor?.email ?? null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      data: r.data === null ? null : JSON.stringify(r.data),
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}

/** The distinct entity types seen, for the filter's choices. */
export async function listAuditEntityTypes(_secretariat: Secretariat): Promise<string[]> {
  const rows = await db.auditEntry.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
