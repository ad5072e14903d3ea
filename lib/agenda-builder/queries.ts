import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import type { PlacedSession } from "./policy";

const speakerNames = (json: unknown): { name: string }[] =>
  Array.isArray(json)
    ? json.filter((s): s is { name: string } => typeof s === "object" && s !== null && typeof (s as { name?: unknown }).name === "string")
    : [];

/** The working sessions as the clash check needs them. */
export async function loadPlacedSessions(client: Tx, editionId: string, locale: Locale = "en"): Promise<PlacedSession[]> {
  const rows = await client.agendaSession.findMany({
    where: { editionId },
    orderBy: [{ startsAt: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, title: true, roomId: true, room: { select: { name: true } }, startsAt: true, endsAt: true, speakers: true },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: localizeText(r.title, locale),
    roomId: r.roomId,
    roomName: r.room ? localizeText(r.room.name, locale) : null,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    speakers: speakerNames(r.speakers),
  }));
}

/** Everything the agenda builder page shows for an edition. Secretariat only. */
export async function getAgendaBuilder(secretariat: Secretariat, editionId: string, locale: Locale) {
  const [edition, rooms, sessions, placeable, publications] = await Promise.all([
    db.forumEdition.findUniqueOrThrow({ where: { id: editionId }, select: { id: true, year: true, startDate: true, endDate: true } }),
    db.room.findMany({ where: { editionId }, orderBy: { id: "asc" }, select: { id: true, name: true, capacity: true } }),
    db.agendaSession.findMany({
      where: { editionId },
      orderBy: [{ startsAt: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        track: true,
        type: true,
        startsAt: true,
        endsAt: true,
        speakers: true,
        roomId: true,
        room: { select: { name: true } },
        submission: { select: { reference: true } },
      },
    }),
    db.submission.findMany({
      where: { editionId, status: "ACCEPTED", kind: { in: ["WORKSHOP_REQUEST", "CONTRIBUTION"] }, sessions: { none: {} } },
      orderBy: { reference: "asc" },
      select: { id: true, reference: true, title: true, kind: true },
    }),
    db.agendaPublication.findMany({
      where: { editionId },
      orderBy: { version: "desc" },
      take: 20,
      select: { id: true, version: true, publishedAt: true, publishedBy: { select: { email: true } } },
    }),
  ]);
  const days: string[] = [];
  for (let d = edition.startDate.getTime(); d <= edition.endDate.getTime(); d += 86_400_000) days.push(new Date(d).toISOString().slice(0, 10));
  return {
    edition,
    days,
    rooms: rooms.map((r) => ({ id: r.id, name: localizeText(r.name, locale), capacity: r.capacity })),
    sessions: sessions.map((s) => ({
      ...s,
      title: localizeText(s.title, locale),
      room: s.room ? localizeText(s.room.name, locale) : null,
      speakers: speakerNames(s.speakers),
    })),
    placeable,
    publications,
  };
}

/** One working session, for its editor. */
export async function getSessionForEditor(secretariat: Secretariat, editionId: string, sessionId: string) {
  return db.agendaSession.findFirst({
    where: { id: sessionId, editionId },
    select: { id: true, title: true, description: true, track: true, type: true, roomId: true, startsAt: true, endsAt: true, speakers: true },
  });
}
