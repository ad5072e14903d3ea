// Publishing the agenda: the one way the public agenda changes. The secretariat's agenda builder
// edits AgendaSession rows and then calls publishAgenda in its action's transaction; the seed
// calls it too. No server-only import: the seed (plain Node) loads this module.
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuditAction, AuditEntityType } from "../audit/vocabulary.ts";
import { buildSnapshot } from "./snapshot.ts";

type Tx = Prisma.TransactionClient;

export interface AgendaPublicationResult {
  id: string;
  version: number;
  sessionCount: number;
  publishedAt: Date;
}

/**
 * Snapshots the edition's working agenda (every AgendaSession with its room, Action Lines and
 * SDGs) into a new AgendaPublication, version = latest + 1 (the first is 1), and records the
 * audit entry "agenda.published" — all inside the caller's transaction `tx`.
 *
 * The caller authenticates and authorises (secretariat only), and after commit revalidates the
 * public pages (`revalidatePath` of the edition's agenda, or the tag in lib/agenda/queries.ts).
 * Older publications are kept; the public agenda is always the newest.
 *
 * Throws a ZodError when a session's texts or speakers are malformed (nothing is written), and
 * Prisma's unique-constraint error (P2002) if another publication of the same edition commits
 * the same version first: the caller may retry.
 */
export async function publishAgenda(tx: Tx, editionId: string, actorId: string | null): Promise<AgendaPublicationResult> {
  const edition = await tx.forumEdition.findUniqueOrThrow({ where: { id: editionId }, select: { timeZone: true } });
  const rows = await tx.agendaSession.findMany({
    where: { editionId },
    select: {
      slug: true,
      startsAt: true,
      endsAt: true,
      track: true,
      type: true,
      title: true,
      description: true,
      languages: true,
      speakers: true,
      room: { select: { id: true, name: true } },
      actionLines: { select: { code: true, number: true } },
      sdgs: { select: { number: true } },
    },
  });
  const snapshot = buildSnapshot(rows, edition.timeZone);
  const latest = await tx.agendaPublication.findFirst({ where: { editionId }, orderBy: { version: "desc" }, select: { version: true } });
  const version = (latest?.version ?? 0) + 1;
  const publication = await tx.agendaPublication.create({
    data: { editionId, version, snapshot, publishedById: actorId },
    select: { id: true, publishedAt: true },
  });
  // Written directly rather than through lib/audit/record.ts, which is server-only: same row shape.
  await tx.auditEntry.create({
    data: {
      actorId,
      action: "agenda.published" satisfies AuditAction,
      entityType: "AgendaPublication" satisfies AuditEntityType,
      entityId: publication.id,
      data: { editionId, version, sessions: snapshot.sessions.length },
    },
  });
  return { id: publication.id, version, sessionCount: snapshot.sessions.length, publishedAt: publication.publishedAt };
}
