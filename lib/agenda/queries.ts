import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readSnapshot } from "./snapshot";

type ReadSnapshot = ReturnType<typeof readSnapshot>;

/**
 * Parsed snapshots by publication id. A publication never changes once written, so its parsed
 * form can be kept for the life of the process; only the newest few are kept.
 */
const parsed = new Map<string, ReadSnapshot>();
const PARSED_KEPT = 20;

/** Loads and validates a publication's snapshot once per process. */
async function parsedSnapshot(id: string): Promise<ReadSnapshot> {
  const hit = parsed.get(id);
  if (hit) return hit;
  const { snapshot } = await db.agendaPublication.findUniqueOrThrow({ where: { id }, select: { snapshot: true } });
  const value = readSnapshot(snapshot);
  parsed.set(id, value);
  if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  return value;
}

/**
 * The public agenda of an edition: its newest publication only (null when none). Older
 * publications and the working sessions are never shown. Each rendering asks the database which
 * publication is the newest (a small indexed query); publishing purges the cached agenda pages
 * (lib/public/cache.ts), so a new publication shows at once.
 */
export const getPublishedAgenda = cache(async (editionId: string) => {
  const publication = await db.agendaPublication.findFirst({
    where: { editionId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true },
  });
  if (!publication) return null;
  const { timeZone, sessions } = await parsedSnapshot(publication.id);
  return { version: publication.version, publishedAt: publication.publishedAt, timeZone, sessions };
});

export type PublishedAgenda = NonNullable<Awaited<ReturnType<typeof getPublishedAgenda>>>;

/** Action Lines and SDGs with their titles, for the filters and the session labels. */
export const getAgendaCatalog = cache(async () => {
  const [actionLines, sdgs] = await Promise.all([
    db.actionLine.findMany({ orderBy: { number: "asc" }, select: { code: true, title: true } }),
    db.sdg.findMany({ orderBy: { number: "asc" }, select: { number: true, title: true } }),
  ]);
  return { actionLines, sdgs };
});

export type AgendaCatalog = Awaited<ReturnType<typeof getAgendaCatalog>>;
