// Agenda rows for tests: rooms and working sessions of an edition, and the catalog rows
// (Action Lines, SDGs) sessions link to, created if this database has none yet.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Language, SessionType, Track } from "@/lib/generated/prisma/enums";
import { genevaTime } from "@/lib/time/geneva";

/** Action Lines C1–C11 and SDGs 1–17 with English titles, unless already there (e.g. seeded). */
export async function ensureCatalog(db: PrismaClient) {
  await db.actionLine.createMany({
    data: Array.from({ length: 11 }, (_, i) => ({ code: `C${i + 1}`, number: i + 1, title: { en: `Action Line C${i + 1}` } })),
    skipDuplicates: true,
  });
  await db.sdg.createMany({ data: Array.from({ length: 17 }, (_, i) => ({ number: i + 1, title: { en: `Goal ${i + 1}` } })), skipDuplicates: true });
}

export async function createRoom(db: PrismaClient, editionId: string, name = "Popov Room") {
  return db.room.create({ data: { editionId, name: { en: name }, capacity: 100 } });
}

let n = 0;
export async function createAgendaSession(
  db: PrismaClient,
  editionId: string,
  overrides: Partial<{
    slug: string;
    roomId: string | null;
    startsAt: Date;
    endsAt: Date;
    track: Track;
    type: SessionType;
    title: Record<string, string>;
    languages: Language[];
    speakers: unknown;
    actionLines: string[];
    sdgs: number[];
  }> = {},
) {
  const startsAt = overrides.startsAt ?? genevaTime(2030, 6, 10, 9, 0);
  return db.agendaSession.create({
    data: {
      editionId,
      slug: overrides.slug ?? `session-${++n}`,
      roomId: overrides.roomId ?? null,
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 90 * 60_000),
      track: overrides.track ?? "FORUM",
      type: overrides.type ?? "WORKSHOP",
      title: overrides.title ?? { en: "A workshop" },
      languages: overrides.languages ?? ["en"],
      speakers: (overrides.speakers ?? []) as object,
      actionLines: { connect: (overrides.actionLines ?? []).map((code) => ({ code })) },
      sdgs: { connect: (overrides.sdgs ?? []).map((number) => ({ number })) },
    },
  });
}
