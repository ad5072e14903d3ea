import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { db, type Tx } from "@/lib/db";
import type { RegistrationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { loadWindow, partyOf } from "@/lib/deadlines/queries";
import { recordAuditEvent } from "@/lib/audit/record";
import { enqueueRegistrationMail } from "./emails";
import { cancellationBlocker, hasFreeSeat, registrationBlocker } from "./policy";

interface LockedMeeting {
  id: string;
  editionId: string;
  startsAt: Date;
  capacity: number | null;
  remoteAvailable: boolean;
  registrationClosesAt: Date | null;
  cancelledAt: Date | null;
}

/**
 * Locks the meeting row for the rest of the transaction: registrations and cancellations of one
 * meeting then run one after another, so the seat count read below stays true until commit
 * (two requests for the last seat: one seat, one waiting-list place).
 */
async function lockMeeting(tx: Tx, meetingId: string): Promise<LockedMeeting> {
  const rows = await tx.$queryRaw<LockedMeeting[]>`
    SELECT id, "editionId", "startsAt", capacity, "remoteAvailable", "registrationClosesAt", "cancelledAt"
      FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  if (!rows[0]) throw new DomainError("NOT_FOUND");
  return rows[0];
}

const seatsTaken = (tx: Tx, meetingId: string) => tx.meetingRegistration.count({ where: { meetingId, status: "REGISTERED", mode: "IN_PERSON" } });

/**
 * Registers the user for a meeting, in person (a seat, or the waiting list when the room is
 * full) or remotely (always a place). A cancelled registration may be renewed; it then queues
 * from now. Mails the user in the same transaction.
 */
export async function registerForMeeting(args: {
  userId: string;
  meetingId: string;
  mode: RegistrationMode;
  now: Date;
}): Promise<{ id: string; status: RegistrationStatus }> {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, args.meetingId);
    const window = await loadWindow(tx, { editionId: meeting.editionId, kind: "MEETING_REGISTRATION" }, await partyOf(tx, args.userId));
    const blocker = registrationBlocker(meeting, window, args.mode, args.now);
    if (blocker) throw new DomainError(blocker, blocker === "VALIDATION" ? { mode: ["choice"] } : undefined);
    const existing = await tx.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId: args.userId } },
      select: { id: true, status: true },
    });
    if (existing && existing.status !== "CANCELLED") throw new DomainError("CONFLICT");
    const status: RegistrationStatus = args.mode === "REMOTE" || hasFreeSeat(meeting.capacity, await seatsTaken(tx, meeting.id)) ? "REGISTERED" : "WAITLISTED";
    const data = { mode: args.mode, status, createdAt: args.now, cancelledAt: null, promotedAt: null };
    const row = existing
      ? await tx.meetingRegistration.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
      : await tx.meetingRegistration.create({ data: { ...data, meetingId: meeting.id, userId: args.userId }, select: { id: true, status: true } });
    await enqueueRegistrationMail(tx, row.id, status === "WAITLISTED" ? "waitlisted" : "registered", args.now);
    return row;
  });
}

/**
 * Cancels the user's registration before the meeting starts. A freed in-person seat goes to
 * the first on the waiting list (in order of registration), who is mailed.
 */
export async function cancelMeetingRegistration(args: { userId: string; meetingId: string; now: Date }): Promise<{ promotedId: string | null }> {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, args.meetingId);
    const own = await tx.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId: args.userId } },
      select: { id: true, status: true, mode: true },
    });
    if (!own || own.status === "CANCELLED") throw new DomainError("NOT_FOUND");
    const blocker = cancellationBlocker(meeting, args.now);
    if (blocker) throw new DomainError(blocker);
    await tx.meetingRegistration.update({ where: { id: own.id }, data: { status: "CANCELLED", cancelledAt: args.now } });
    await enqueueRegistrationMail(tx, own.id, "cancelled", args.now);
    const freedSeat = own.status === "REGISTERED" && own.mode === "IN_PERSON";
    return { promotedId: freedSeat ? await promoteFirstWaiting(tx, meeting, args.now) : null };
  });
}

/** A seat was freed: the first on the waiting list (in order of registration) gets it, and is mailed. */
async function promoteFirstWaiting(tx: Tx, meeting: LockedMeeting, now: Date): Promise<string | null> {
  if (!hasFreeSeat(meeting.capacity, await seatsTaken(tx, meeting.id))) return null;
  const next = await tx.meetingRegistration.findFirst({
    where: { meetingId: meeting.id, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!next) return null;
  await tx.meetingRegistration.update({ where: { id: next.id }, data: { status: "REGISTERED", promotedAt: now } });
  await enqueueRegistrationMail(tx, next.id, "promoted", now);
  return next.id;
}

/**
 * Changes how the user attends, in place, while registration is open (audited, mailed):
 * - to remote: always a place; a seat they held goes to the first on the waiting list;
 * - to in person: a free seat, or the waiting list from now when the room is full (their
 *   remote place is given up: the page says so before they choose).
 */
export async function changeMeetingMode(args: {
  userId: string;
  meetingId: string;
  mode: RegistrationMode;
  now: Date;
}): Promise<{ id: string; status: RegistrationStatus }> {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, args.meetingId);
    const own = await tx.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId: args.userId } },
      select: { id: true, status: true, mode: true },
    });
    if (!own || own.status === "CANCELLED") throw new DomainError("NOT_FOUND");
    if (own.mode === args.mode) throw new DomainError("INVALID_STATE");
    const window = await loadWindow(tx, { editionId: meeting.editionId, kind: "MEETING_REGISTRATION" }, await partyOf(tx, args.userId));
    const blocker = registrationBlocker(meeting, window, args.mode, args.now);
    if (blocker) throw new DomainError(blocker, blocker === "VALIDATION" ? { mode: ["choice"] } : undefined);

    const heldSeat = own.status === "REGISTERED" && own.mode === "IN_PERSON";
    const status: RegistrationStatus = args.mode === "REMOTE" || hasFreeSeat(meeting.capacity, await seatsTaken(tx, meeting.id)) ? "REGISTERED" : "WAITLISTED";
    const row = await tx.meetingRegistration.update({
      where: { id: own.id },
      // the waiting list is in order of registration: joining it now queues from now
      data: { mode: args.mode, status, promotedAt: null, ...(status === "WAITLISTED" && { createdAt: args.now }) },
      select: { id: true, status: true },
    });
    await recordAuditEvent(tx, {
      actorId: args.userId,
      action: "meeting_registration.mode_changed",
      entity: { type: "MeetingRegistration", id: own.id },
      data: { meetingId: meeting.id, from: { mode: own.mode, status: own.status }, to: { mode: args.mode, status } },
    });
    await enqueueRegistrationMail(tx, row.id, status === "WAITLISTED" ? "waitlisted" : "registered", args.now);
    if (heldSeat) await promoteFirstWaiting(tx, meeting, args.now);
    return row;
  });
}
