// Seeds the agendas of lib/reference/agenda.ts: rooms and sessions are created when missing (by
// English room name and by slug within the edition), then the agenda is published with
// publishAgenda if the edition has no publication yet. A re-run writes nothing, and an agenda
// the secretariat has since edited or republished is left alone. Plain Node (the seed runs it).
import type { Prisma } from "../generated/prisma/client.ts";
import { agendas, type AgendaData } from "../reference/agenda.ts";
import { genevaTime } from "../time/geneva.ts";
import { publishAgenda } from "./publish.ts";

type Tx = Prisma.TransactionClient;

export interface AgendaSeedTally {
  created: number;
  updated: number;
}

async function seedOne(tx: Tx, data: AgendaData, add: (t: AgendaSeedTally) => void): Promise<void> {
  const edition = await tx.forumEdition.findFirst({
    where: data.edition === "demo" ? { isDemo: true } : { year: data.edition },
    select: { id: true, startDate: true, timeZone: true },
  });
  if (!edition) return;
  const editionId = edition.id;

  const rooms = await tx.room.findMany({ where: { editionId }, select: { id: true, name: true } });
  const roomIds = new Map<string, string>();
  for (const [key, room] of Object.entries(data.rooms)) {
    if (!room) continue;
    let id = rooms.find((r) => (r.name as { en?: string } | null)?.en === room.name.en)?.id;
    if (!id) {
      id = (await tx.room.create({ data: { editionId, name: room.name, capacity: room.capacity }, select: { id: true } })).id;
      add({ created: 1, updated: 0 });
    }
    roomIds.set(key, id);
  }

  const existing = new Set((await tx.agendaSession.findMany({ where: { editionId }, select: { slug: true } })).map((s) => s.slug));
  const first = edition.startDate;
  for (const s of data.sessions.filter((s) => !existing.has(s.slug))) {
    // calendar days are midnight UTC: day arithmetic in UTC, then the wall-clock time in Geneva
    const day = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + s.day));
    const at = ([h, m]: [number, number]) => genevaTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), h, m, 0, 0, edition.timeZone);
    await tx.agendaSession.create({
      data: {
        editionId,
        slug: s.slug,
        roomId: roomIds.get(s.room) ?? null,
        startsAt: at(s.start),
        endsAt: at(s.end),
        track: s.track,
        type: s.type,
        title: s.title,
        description: s.description ?? undefined,
        languages: s.languages,
        speakers: s.speakers as Prisma.InputJsonValue,
        actionLines: { connect: s.actionLines.map((code) => ({ code })) },
        sdgs: { connect: s.sdgs.map((number) => ({ number })) },
      },
    });
    add({ created: 1, updated: 0 });
  }

  if ((await tx.agendaPublication.count({ where: { editionId } })) === 0) {
    await publishAgenda(tx, editionId, null);
    add({ created: 2, updated: 0 }); // the publication and its audit entry
  }
}

/** Seeds every reference agenda whose edition exists. */
export async function seedAgendas(tx: Tx, add: (t: AgendaSeedTally) => void): Promise<void> {
  for (const data of agendas()) await seedOne(tx, data, add);
}
