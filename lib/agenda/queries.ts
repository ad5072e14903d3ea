import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readSnapshot } from "./snapshot";

/**
 * The public agenda of an edition: its newest publication only (null when none). Older
 * publications and the working sessions are never shown.
 */
export const getPublishedAgenda = cache(async (editionId: string) => {
  const publication = await db.agendaPublication.findFirst({
    where: { editionId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, snapshot: true },
  });
  if (!publication) return null;
  const { timeZone, sessions } = readSnapshot(publication.snapshot);
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
