import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { publishAgenda } from "@/lib/agenda/publish";
import { speakersSchema } from "@/lib/agenda/snapshot";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { genevaInstant } from "@/lib/time/input";
import { enqueueSessionMail, type SessionSlot } from "./emails";
import { findClashes, slugify, type Clash } from "./policy";
import { loadPlacedSessions } from "./queries";
import type { PlaceSubmissionInput, SessionInput } from "./schemas";

/** The instants of a slot (a day of the edition, Geneva times), refused outside the edition's days. */
function slotInstants(edition: { startDate: Date; endDate: Date }, input: { day: string; startTime: string; endTime: string }) {
  const dayStart = new Date(`${input.day}T00:00:00Z`);
  if (dayStart < edition.startDate || dayStart > edition.endDate) throw new DomainError("VALIDATION", { day: ["dayOutsideEdition"] });
  const startsAt = genevaInstant(input.day, input.startTime);
  const endsAt = genevaInstant(input.day, input.endTime);
  if (!startsAt || !endsAt) throw new DomainError("VALIDATION", { day: ["date"] });
  return { startsAt, endsAt };
}

async function loadEdition(tx: Tx, editionId: string) {
  const edition = await tx.forumEdition.findUnique({ where: { id: editionId }, select: { id: true, startDate: true, endDate: true } });
  if (!edition) throw new DomainError("NOT_FOUND");
  return edition;
}

async function assertRoom(tx: Tx, editionId: string, roomId: string | null) {
  if (roomId && !(await tx.room.findFirst({ where: { id: roomId, editionId }, select: { id: true } })))
    throw new DomainError("VALIDATION", { roomId: ["choice"] });
}

/** A slug not yet used in the edition: the title's, then -2, -3, ... */
async function freeSlug(tx: Tx, editionId: string, title: string, exceptId?: string) {
  const base = slugify(title);
  const taken = new Set(
    (
      await tx.agendaSession.findMany({ where: { editionId, slug: { startsWith: base }, ...(exceptId && { id: { not: exceptId } }) }, select: { slug: true } })
    ).map((s) => s.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

const organisersSelect = { id: true, reference: true, title: true, author: { select: { email: true, preferredLanguage: true } } } as const;
type Organisers = { id: string; reference: string; title: string; author: { email: string; preferredLanguage: Locale } };
const mailOf = (s: Organisers) => ({
  to: { email: s.author.email, language: s.author.preferredLanguage },
  submission: { id: s.id, reference: s.reference, title: s.title },
});
const sameSlot = (a: { startsAt: Date; endsAt: Date; roomId: string | null }, b: { startsAt: Date; endsAt: Date; roomId: string | null }) =>
  a.startsAt.getTime() === b.startsAt.getTime() && a.endsAt.getTime() === b.endsAt.getTime() && a.roomId === b.roomId;
const roomName = async (tx: Tx, roomId: string | null) =>
  roomId ? ((await tx.room.findUnique({ where: { id: roomId }, select: { name: true } }))?.name ?? null) : null;

/** Clashes that involve the given session, after a change: shown to whoever made the change. */
async function clashesOf(tx: Tx, editionId: string, sessionId: string): Promise<Clash[]> {
  return findClashes(await loadPlacedSessions(tx, editionId)).filter((c) => c.a.id === sessionId || c.b.id === sessionId);
}

export async function createRoom({ actor, editionId, input }: { actor: Secretariat; editionId: string; input: { name: string; capacity: number | null } }) {
  return db.$transaction(async (tx) => {
    await loadEdition(tx, editionId);
    const room = await tx.room.create({ data: { editionId, name: { en: input.name }, capacity: input.capacity }, select: { id: true } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "room.created", entity: { type: "Room", id: room.id }, data: { editionId, ...input } });
    return room;
  });
}

/**
 * Creates or updates a working session (never public until published). Returns the clashes the
 * session is now part of: they are warnings, not refusals, because the secretariat sometimes
 * double-books on purpose while moving things around.
 */
export async function saveSession({
  actor,
  editionId,
  sessionId,
  input,
}: {
  actor: Secretariat;
  editionId: string;
  sessionId: string | null;
  input: SessionInput;
}) {
  return db.$transaction(async (tx) => {
    const edition = await loadEdition(tx, editionId);
    await assertRoom(tx, editionId, input.roomId);
    const { startsAt, endsAt } = slotInstants(edition, input);
    const speakers = speakersSchema.parse(input.speakers) as Prisma.InputJsonValue;
    let id = sessionId;
    if (id) {
      const existing = await tx.agendaSession.findFirst({
        where: { id, editionId },
        select: { title: true, startsAt: true, endsAt: true, roomId: true, room: { select: { name: true } }, submission: { select: organisersSelect } },
      });
      if (!existing) throw new DomainError("NOT_FOUND");
      const title = { ...(existing.title as Record<string, string>), en: input.title };
      await tx.agendaSession.update({
        where: { id },
        data: {
          title,
          description: input.description ? { en: input.description } : undefined,
          track: input.track,
          type: input.type,
          roomId: input.roomId,
          startsAt,
          endsAt,
          speakers,
        },
      });
      // the organisers of a placed submission hear of a new time or room (not of a retitling)
      if (existing.submission && !sameSlot(existing, { startsAt, endsAt, roomId: input.roomId })) {
        const before: SessionSlot = { startsAt: existing.startsAt, endsAt: existing.endsAt, roomName: existing.room?.name ?? null };
        await enqueueSessionMail(tx, "moved", {
          ...mailOf(existing.submission),
          slot: { startsAt, endsAt, roomName: await roomName(tx, input.roomId) },
          before,
        });
      }
    } else {
      const slug = await freeSlug(tx, editionId, input.title);
      id = (
        await tx.agendaSession.create({
          data: {
            editionId,
            slug,
            title: { en: input.title },
            description: input.description ? { en: input.description } : undefined,
            track: input.track,
            type: input.type,
            roomId: input.roomId,
            startsAt,
            endsAt,
            speakers,
            languages: ["en"],
          },
          select: { id: true },
        })
      ).id;
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: sessionId ? "session.updated" : "session.created",
      entity: { type: "AgendaSession", id },
      data: { editionId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), roomId: input.roomId },
    });
    return { id, clashes: await clashesOf(tx, editionId, id) };
  });
}

/**
 * Places an accepted workshop (or another accepted submission) in the agenda: a FORUM session
 * whose title is the submission's, in its language and in English, its description the
 * contribution's summary or the workshop's description, its speakers (gender kept; organisers are
 * not speakers), its Action Lines and SDGs. The organisers (the submission's author) are mailed.
 */
export async function placeSubmission({ actor, editionId, input }: { actor: Secretariat; editionId: string; input: PlaceSubmissionInput }) {
  return db.$transaction(async (tx) => {
    const edition = await loadEdition(tx, editionId);
    await assertRoom(tx, editionId, input.roomId);
    const s = await tx.submission.findFirst({
      where: { id: input.submissionId, editionId, status: "ACCEPTED" },
      select: {
        ...organisersSelect,
        kind: true,
        summary: true,
        body: true,
        language: true,
        participants: { where: { role: "SPEAKER" }, orderBy: { position: "asc" }, select: { name: true, organisationName: true, gender: true } },
        actionLines: { select: { code: true } },
        sdgs: { select: { number: true } },
      },
    });
    if (!s) throw new DomainError("VALIDATION", { submissionId: ["notAccepted"] });
    const { startsAt, endsAt } = slotInstants(edition, input);
    const speakers = s.participants.map((p) => ({ name: p.name, organisation: p.organisationName, ...(p.gender && { gender: p.gender }) }));
    // a contribution has a summary; a workshop request has only its description (the body)
    const description = s.summary.trim() || s.body.trim();
    const session = await tx.agendaSession.create({
      data: {
        editionId,
        slug: await freeSlug(tx, editionId, s.title),
        submissionId: s.id,
        roomId: input.roomId,
        startsAt,
        endsAt,
        track: "FORUM",
        type: s.kind === "WORKSHOP_REQUEST" ? "WORKSHOP" : "THEMATIC",
        title: { en: s.title, [s.language]: s.title },
        description: description ? { en: description, [s.language]: description } : undefined,
        languages: [s.language],
        speakers,
        actionLines: { connect: s.actionLines },
        sdgs: { connect: s.sdgs },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "session.placed",
      entity: { type: "AgendaSession", id: session.id },
      data: { editionId, submissionId: s.id, startsAt: startsAt.toISOString() },
    });
    await enqueueSessionMail(tx, "scheduled", { ...mailOf(s), slot: { startsAt, endsAt, roomName: await roomName(tx, input.roomId) }, before: null });
    return { id: session.id, clashes: await clashesOf(tx, editionId, session.id) };
  });
}

/** Deletes a working session; the organisers of a placed submission are told it was removed. */
export async function deleteSession({ actor, editionId, sessionId }: { actor: Secretariat; editionId: string; sessionId: string }) {
  return db.$transaction(async (tx) => {
    const session = await tx.agendaSession.findFirst({
      where: { id: sessionId, editionId },
      select: { startsAt: true, endsAt: true, room: { select: { name: true } }, submission: { select: organisersSelect } },
    });
    const removed = await tx.agendaSession.deleteMany({ where: { id: sessionId, editionId } });
    if (!session || removed.count === 0) throw new DomainError("NOT_FOUND");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "session.deleted",
      entity: { type: "AgendaSession", id: sessionId },
      data: { editionId, submissionId: session.submission?.id ?? null },
    });
    if (session.submission) {
      const before: SessionSlot = { startsAt: session.startsAt, endsAt: session.endsAt, roomName: session.room?.name ?? null };
      await enqueueSessionMail(tx, "removed", { ...mailOf(session.submission), slot: null, before });
    }
  });
}

/**
 * Publishes the working agenda as a new version through the public site's publishAgenda (which
 * writes the snapshot and its audit entry); earlier versions are kept. Two members publishing at
 * once race for the same version number: the loser's unique-key error becomes CONFLICT.
 */
export async function publishEditionAgenda({ actor, editionId }: { actor: Secretariat; editionId: string }) {
  return db.$transaction(async (tx) => {
    await loadEdition(tx, editionId);
    return publishAgenda(tx, editionId, actor.id);
  });
}
