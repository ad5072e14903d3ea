import "server-only";
import { campaignDeadlines } from "@/lib/deadlines/policy";
import { campaignDeadlinesSelect } from "@/lib/deadlines/queries";
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
    })) ?? (await db.forumEdition.findFirst({ where: { status: "PUBLISHED" }, orderBy: { startDate: "desc" }, select: editionSummarySelect }))
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

const phaseSelect = {
  id: true,
  number: true,
  kind: true,
  title: true,
  description: true,
  activities: true,
  startsAt: true,
  endsAt: true,
  location: true,
  remoteParticipation: true,
  datesIndicative: true,
  opensKinds: true,
  meetings: {
    where: { cancelledAt: null },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, endsAt: true, venue: true, remoteAvailable: true, registrationClosesAt: true },
  },
} as const;

/**
 * Everything dated in an edition's consultation: the phases (with their physical meetings) in
 * order, and the submission windows. One round trip per table, shared by every component of a
 * request through React's cache.
 */
export const getEditionCalendar = cache(async (editionId: string) => {
  const [phases, deadlines] = await Promise.all([
    db.consultationPhase.findMany({ where: { editionId }, orderBy: { number: "asc" }, select: phaseSelect }),
    db.deadline.findMany({
      where: { editionId },
      orderBy: [{ closesAt: "asc" }, { kind: "asc" }],
      select: { kind: true, opensAt: true, closesAt: true, indicative: true },
    }),
  ]);
  return { phases, deadlines };
});

export type EditionCalendar = Awaited<ReturnType<typeof getEditionCalendar>>;
export type PhaseDetail = EditionCalendar["phases"][number];
export type DeadlineSummary = EditionCalendar["deadlines"][number];

/** The other editions to list in the archive, newest first. */
export async function listArchive(exceptYear: number) {
  return (await listPublishedEditions()).filter((e) => e.year !== exceptYear);
}

/** Parses a [year] route segment: four digits or nothing, so "/forums/abc" is a 404, not a 500. */
export function parseYear(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** The invitation letters of an edition (symbol, deadlines, the document they mail). */
export const listCampaigns = cache(async (editionId: string) =>
  (
    await db.invitationCampaign.findMany({
      where: { editionId },
      orderBy: { letterDate: "asc" },
      select: { symbol: true, letterDate: true, ...campaignDeadlinesSelect, document: { select: { slug: true } } },
    })
  ).map((c) => {
    // the letter's own rows, which the invitation and statement services enforce (lib/deadlines)
    const { response, statement } = campaignDeadlines(c);
    return { ...c, responseDeadline: response.closesAt, statementDeadline: (statement ?? response).closesAt };
  }),
);
