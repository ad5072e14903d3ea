import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { affectedByDeadline, affectedByPhase, type AffectedPerson } from "./affected";
import { dateMovedMail } from "./emails";
import type { AddDeadlineInput, AddPhaseInput, CreateEditionInput, MoveDeadlineInput, MovePhaseInput } from "./schemas";

export async function createEdition({ actor, input }: { actor: Secretariat; input: CreateEditionInput }) {
  return db.$transaction(async (tx) => {
    const edition = await tx.forumEdition.create({
      data: {
        year: input.year,
        title: { en: input.title },
        theme: { en: input.theme },
        venue: { en: input.venue },
        startDate: input.startDate,
        endDate: input.endDate,
        datesIndicative: input.datesIndicative,
        status: "DRAFT",
        coOrganisers: ["ITU", "UNESCO", "UNCTAD", "UNDP"],
      },
      select: { id: true, year: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "edition.created", entity: { type: "ForumEdition", id: edition.id }, data: { year: input.year } });
    return edition;
  });
}

export async function updateEditionSettings({
  actor,
  editionId,
  input,
}: {
  actor: Secretariat;
  editionId: string;
  input: { status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; datesIndicative: boolean };
}) {
  return db.$transaction(async (tx) => {
    const before = await tx.forumEdition.findUnique({ where: { id: editionId }, select: { status: true, datesIndicative: true } });
    if (!before) throw new DomainError("NOT_FOUND");
    await tx.forumEdition.update({ where: { id: editionId }, data: input });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "edition.updated",
      entity: { type: "ForumEdition", id: editionId },
      data: { before, after: input },
    });
  });
}

async function mailAffected(tx: Tx, people: AffectedPerson[], change: Parameters<typeof dateMovedMail>[1], key: string) {
  let queued = 0;
  for (const person of people) {
    const mail = await dateMovedMail(person, change);
    if (await enqueueMail(tx, { ...mail, dedupeKey: `${key}:${change.after.toISOString()}:${person.email.toLowerCase()}` })) queued++;
  }
  return queued;
}

/**
 * Moves a phase (and, with a physical meeting phase, its meetings by the same offset so their
 * registrants' calendars stay right), sets whether its dates are indicative, and, when asked,
 * mails everyone who depends on it in their language: all in one transaction with the audit
 * entry, so people are never told of a move that did not happen. The row is locked first: two
 * members moving the same phase at once are applied one after the other.
 */
export async function movePhase({ actor, phaseId, input }: { actor: Secretariat; phaseId: string; input: MovePhaseInput }) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ConsultationPhase" WHERE id = ${phaseId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND");
    const phase = await tx.consultationPhase.findUniqueOrThrow({
      where: { id: phaseId },
      select: { id: true, title: true, startsAt: true, endsAt: true, datesIndicative: true, edition: { select: { id: true, year: true } } },
    });
    const offset = input.startsAt.getTime() - phase.startsAt.getTime();
    await tx.consultationPhase.update({
      where: { id: phaseId },
      data: { startsAt: input.startsAt, endsAt: input.endsAt, datesIndicative: input.datesIndicative },
    });
    if (offset !== 0) {
      await tx.$executeRaw`UPDATE "Meeting" SET "startsAt" = "startsAt" + ${offset} * interval '1 millisecond',
        "endsAt" = "endsAt" + ${offset} * interval '1 millisecond' WHERE "phaseId" = ${phaseId} AND "cancelledAt" IS NULL`;
    }
    const moved = offset !== 0;
    const people = moved && input.notify ? await affectedByPhase(tx, phaseId) : [];
    const mailed = await mailAffected(
      tx,
      people,
      { what: "phase", label: phase.title, year: phase.edition.year, before: phase.startsAt, after: input.startsAt, indicative: input.datesIndicative },
      `date-moved:phase:${phaseId}`,
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: moved ? "phase.moved" : "phase.updated",
      entity: { type: "ConsultationPhase", id: phaseId },
      data: {
        before: { startsAt: phase.startsAt.toISOString(), endsAt: phase.endsAt?.toISOString() ?? null, datesIndicative: phase.datesIndicative },
        after: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt?.toISOString() ?? null, datesIndicative: input.datesIndicative },
        mailed,
      },
    });
    return { moved, mailed };
  });
}

/**
 * Moves a deadline, as movePhase. A letter's invitation or statement deadline is its own row
 * (lib/deadlines), so moving it moves exactly what that letter's forms enforce and pages show.
 */
export async function moveDeadline({ actor, deadlineId, input }: { actor: Secretariat; deadlineId: string; input: MoveDeadlineInput }) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Deadline" WHERE id = ${deadlineId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND");
    const deadline = await tx.deadline.findUniqueOrThrow({
      where: { id: deadlineId },
      select: {
        id: true,
        kind: true,
        campaignId: true,
        opensAt: true,
        closesAt: true,
        modificationClosesAt: true,
        indicative: true,
        edition: { select: { id: true, year: true } },
      },
    });
    await tx.deadline.update({
      where: { id: deadlineId },
      data: { opensAt: input.opensAt, closesAt: input.closesAt, modificationClosesAt: input.modificationClosesAt, indicative: input.indicative },
    });
    const moved = deadline.closesAt.getTime() !== input.closesAt.getTime();
    const people = moved && input.notify ? await affectedByDeadline(tx, deadline.edition.id, deadline.kind, deadline.campaignId) : [];
    const mailed = await mailAffected(
      tx,
      people,
      {
        what: "deadline",
        label: null,
        deadlineKind: deadline.kind,
        year: deadline.edition.year,
        before: deadline.closesAt,
        after: input.closesAt,
        indicative: input.indicative,
      },
      `date-moved:deadline:${deadlineId}`,
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: moved ? "deadline.moved" : "deadline.updated",
      entity: { type: "Deadline", id: deadlineId },
      data: {
        kind: deadline.kind,
        before: {
          opensAt: deadline.opensAt?.toISOString() ?? null,
          closesAt: deadline.closesAt.toISOString(),
          modificationClosesAt: deadline.modificationClosesAt?.toISOString() ?? null,
          indicative: deadline.indicative,
        },
        after: {
          opensAt: input.opensAt?.toISOString() ?? null,
          closesAt: input.closesAt.toISOString(),
          modificationClosesAt: input.modificationClosesAt?.toISOString() ?? null,
          indicative: input.indicative,
        },
        mailed,
      },
    });
    return { moved, mailed };
  });
}

/** Adds a phase to an edition (a second phase with the same number is a CONFLICT). */
export async function addPhase({ actor, editionId, input }: { actor: Secretariat; editionId: string; input: AddPhaseInput }) {
  return db.$transaction(async (tx) => {
    const phase = await tx.consultationPhase.create({
      data: {
        editionId,
        number: input.number,
        kind: input.kind,
        title: { en: input.title },
        description: { en: input.title },
        startsAt: input.startsAt,
        datesIndicative: input.datesIndicative,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "phase.created",
      entity: { type: "ConsultationPhase", id: phase.id },
      data: { editionId, number: input.number, startsAt: input.startsAt.toISOString() },
    });
    return phase;
  });
}

/** Adds the window of one kind to an edition (one per kind: a second is a CONFLICT). */
export async function addDeadline({ actor, editionId, input }: { actor: Secretariat; editionId: string; input: AddDeadlineInput }) {
  return db.$transaction(async (tx) => {
    const deadline = await tx.deadline.create({
      data: { editionId, kind: input.kind, opensAt: input.opensAt, closesAt: input.closesAt, indicative: input.indicative },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "deadline.created",
      entity: { type: "Deadline", id: deadline.id },
      data: { editionId, kind: input.kind, closesAt: input.closesAt.toISOString() },
    });
    return deadline;
  });
}
