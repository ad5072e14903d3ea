import "server-only";
import { db } from "@/lib/db";
import { documentHref, editionHref, phaseHref, sessionHref } from "@/lib/forums/links";
import { readSnapshot } from "@/lib/agenda/snapshot";

/**
 * Every public page, locale-less ("" is the home page): the fixed pages, each published edition
 * with its consultation, phases, agenda, sessions (newest publication) and High-Level Track, and
 * each document with its language versions.
 */
export async function listPublicPaths(): Promise<string[]> {
  const [editions, documents] = await Promise.all([
    db.forumEdition.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: { year: "desc" },
      select: {
        year: true,
        phases: { select: { number: true }, orderBy: { number: "asc" } },
        agendaPublications: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } },
      },
    }),
    db.document.findMany({ orderBy: { date: "desc" }, select: { slug: true, versions: { select: { language: true } } } }),
  ]);
  const paths = ["", "/forums", "/documents", "/partnership", "/contact", "/policy-statements"];
  for (const e of editions) {
    paths.push(editionHref(e.year), editionHref(e.year, "consultation"), editionHref(e.year, "agenda"), editionHref(e.year, "high-level-track"));
    paths.push(...e.phases.map((p) => phaseHref(e.year, p.number)));
    const publication = e.agendaPublications[0];
    if (publication) paths.push(...readSnapshot(publication.snapshot).sessions.map((s) => sessionHref(e.year, s.slug)));
  }
  for (const d of documents) {
    paths.push(documentHref(d.slug), ...d.versions.map((v) => `${documentHref(d.slug)}/${v.language}`));
  }
  return paths;
}
