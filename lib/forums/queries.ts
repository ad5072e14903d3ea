import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { calendarDay, genevaParts } from "@/lib/time/geneva";

const editionSummarySelect = {
  id: true,
  year: true,
  title: true,
  theme: true,
  description: true,
  startDate: true,
  endDate: true,
  venue: true,
  hltStartDate: true,
  hltEndDate: true,
  coOrganisers: true,
  host: true,
  isDemo: true,
  datesIndicative: true,
} as const;

/**
 * The edition the site leads with: the first published edition that has not ended yet (Geneva
 * calendar), or else the most recent one.
 */
export const getCurrentEdition = cache(async (now: Date = new Date()) => {
  const today = genevaParts(now);
  const todayDate = calendarDay(today.year, today.month, today.day);
  return (
    (await db.forumEdition.findFirst({
      where: { status: "PUBLISHED", endDate: { gte: todayDate } },
      orderBy: { startDate: "asc" },
      select: editionSummarySelect,
    })) ??
    (await db.forumEdition.findFirst({ where: { status: "PUBLISHED" }, orderBy: { startDate: "desc" }, select: editionSummarySelect }))
  );
});

export type EditionSummary = NonNullable<Awaited<ReturnType<typeof getCurrentEdition>>>;

export const getEditionByYear = cache(async (year: number) =>
  db.forumEdition.findFirst({ where: { year, status: { not: "DRAFT" } }, select: editionSummarySelect }),
);

export const listPublishedEditions = cache(async () =>
  db.forumEdition.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, title: true, isDemo: true, startDate: true, endDate: true },
  }),
);

/** The dated milestones of an edition, in time order: phases, deadlines, the forum and its HLT. */
export async function listKeyDates(editionId: string) {
  const [phases, deadlines] = await Promise.all([
    db.consultationPhase.findMany({
      where: { editionId },
      orderBy: { number: "asc" },
      select: { id: true, number: true, kind: true, title: true, startsAt: true, endsAt: true, datesIndicative: true },
    }),
    db.deadline.findMany({ where: { editionId }, orderBy: { closesAt: "asc" }, select: { kind: true, closesAt: true, indicative: true } }),
  ]);
  return { phases, deadlines };
}
