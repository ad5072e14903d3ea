// The format of AgendaPublication.snapshot: the agenda exactly as the public sees it, frozen at
// publication. The public pages, the .ics files and the sitemap read only this, never the
// working AgendaSession rows, so the secretariat can edit without showing half-done work.
//
// Format 1 (JSON):
//   { format: 1, timeZone: "Europe/Zurich", sessions: [Session, ...] }   sessions in time order
//   Session = { slug, startsAt, endsAt (ISO instants, UTC), track, type, title, description
//               (per-language texts, English required), room: { id, name } | null,
//               languages (interpretation/working languages), speakers: [{ name, title?,
//               organisation?, gender? }], actionLines ["C1".."C11"], sdgs [1..17] }
// A change of shape needs a new `format` number and a reader for the old one: publications are
// kept forever.
//
// This module is pure (no server-only): the seed and the service use it to write, the queries to read.
import { z } from "zod";
import { Gender, Language, SessionType, Track } from "../generated/prisma/enums.ts";
import { localizedTextSchema, type LocalizedText } from "../i18n/localized.ts";

export const AGENDA_SNAPSHOT_FORMAT = 1;

export const speakerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(300).optional(),
  organisation: z.string().trim().max(300).optional(),
  gender: z.enum(Gender).optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const speakersSchema = z.array(speakerSchema);

export const snapshotSessionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  track: z.enum(Track),
  type: z.enum(SessionType),
  title: localizedTextSchema,
  description: localizedTextSchema.nullable(),
  room: z.object({ id: z.string(), name: localizedTextSchema }).nullable(),
  languages: z.array(z.enum(Language)),
  speakers: speakersSchema,
  actionLines: z.array(z.string().regex(/^C([1-9]|1[01])$/)),
  sdgs: z.array(z.number().int().min(1).max(17)),
});

export const agendaSnapshotSchema = z.object({
  format: z.literal(AGENDA_SNAPSHOT_FORMAT),
  timeZone: z.string().min(1),
  sessions: z.array(snapshotSessionSchema),
});

export type SnapshotSession = z.infer<typeof snapshotSessionSchema>;
export type AgendaSnapshot = z.infer<typeof agendaSnapshotSchema>;

/** A published session as pages use it: instants as Dates. */
export interface AgendaSessionView extends Omit<SnapshotSession, "startsAt" | "endsAt" | "title" | "description" | "room"> {
  startsAt: Date;
  endsAt: Date;
  title: LocalizedText;
  description: LocalizedText | null;
  room: { id: string; name: LocalizedText } | null;
}

/** The working rows the snapshot is made from (what `publishAgenda` selects). */
export interface AgendaSessionRow {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  track: SnapshotSession["track"];
  type: SnapshotSession["type"];
  title: unknown;
  description: unknown;
  languages: SnapshotSession["languages"];
  speakers: unknown;
  room: { id: string; name: unknown } | null;
  actionLines: { code: string; number: number }[];
  sdgs: { number: number }[];
}

/**
 * Freezes working rows into a snapshot, in time order (then by slug), and validates it: a row
 * whose texts or speakers do not have the documented shape makes this throw (a ZodError), so a
 * malformed agenda is never published.
 */
export function buildSnapshot(rows: readonly AgendaSessionRow[], timeZone: string): AgendaSnapshot {
  const sessions = [...rows]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.slug.localeCompare(b.slug))
    .map((r) => ({
      slug: r.slug,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      track: r.track,
      type: r.type,
      title: r.title,
      description: r.description ?? null,
      room: r.room ? { id: r.room.id, name: r.room.name } : null,
      languages: r.languages,
      speakers: r.speakers,
      actionLines: [...r.actionLines].sort((a, b) => a.number - b.number).map((a) => a.code),
      sdgs: r.sdgs.map((s) => s.number).sort((a, b) => a - b),
    }));
  return agendaSnapshotSchema.parse({ format: AGENDA_SNAPSHOT_FORMAT, timeZone, sessions });
}

/** Reads a stored snapshot (throws on a shape this code does not know). */
export function readSnapshot(json: unknown): { timeZone: string; sessions: AgendaSessionView[] } {
  const snapshot = agendaSnapshotSchema.parse(json);
  return {
    timeZone: snapshot.timeZone,
    sessions: snapshot.sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
  };
}
