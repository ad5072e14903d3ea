import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getWindowFor } from "@/lib/submissions/queries";
import { hasRemoteDetails, meetingWindow, registrationBlocker } from "./policy";

const meetingSelect = {
  id: true,
  editionId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  capacity: true,
  remoteAvailable: true,
  registrationClosesAt: true,
  cancelledAt: true,
  phase: { select: { number: true } },
} as const;

async function counts(meetingId: string) {
  const groups = await db.meetingRegistration.groupBy({ by: ["status", "mode"], where: { meetingId }, _count: true });
  const n = (status: string, mode?: string) => groups.filter((g) => g.status === status && (!mode || g.mode === mode)).reduce((a, g) => a + g._count, 0);
  return { inPerson: n("REGISTERED", "IN_PERSON"), remote: n("REGISTERED", "REMOTE"), waitlisted: n("WAITLISTED") };
}

/** The meetings of an edition with seat counts and the caller's registration. */
export async function listMeetingsForUser(editionId: string, userId: string) {
  const meetings = await db.meeting.findMany({
    where: { editionId },
    orderBy: { startsAt: "asc" },
    select: { ...meetingSelect, registrations: { where: { userId }, select: { status: true, mode: true } } },
  });
  return Promise.all(meetings.map(async (m) => ({ ...m, mine: m.registrations[0] ?? null, registrations: undefined, counts: await counts(m.id) })));
}

/**
 * One meeting of an edition for the caller: seats, their registration, whether they may
 * register now (in person / remotely) and their place on the waiting list. Null when absent.
 */
export async function getMeetingForUser(editionId: string, meetingId: string, userId: string, now: Date) {
  const m = await db.meeting.findFirst({ where: { id: meetingId, editionId }, select: { ...meetingSelect, remoteDetails: true } });
  if (!m) return null;
  const [mine, c, window] = await Promise.all([
    db.meetingRegistration.findUnique({ where: { meetingId_userId: { meetingId, userId } }, select: { id: true, status: true, mode: true, createdAt: true } }),
    counts(meetingId),
    getWindowFor(editionId, "MEETING_REGISTRATION", userId),
  ]);
  const position =
    mine?.status === "WAITLISTED"
      ? await db.meetingRegistration.count({
          where: { meetingId, status: "WAITLISTED", OR: [{ createdAt: { lt: mine.createdAt } }, { createdAt: mine.createdAt, id: { lte: mine.id } }] },
        })
      : null;
  const { remoteDetails, ...meeting } = m;
  const seatsLeft = m.capacity === null ? null : Math.max(0, m.capacity - c.inPerson);
  return {
    ...meeting,
    // whether the connection details exist (and so were mailed with the registration); never the details themselves
    remoteDetailsMailed: hasRemoteDetails(remoteDetails),
    mine: mine ? { status: mine.status, mode: mine.mode, waitlistPosition: position } : null,
    counts: c,
    seatsLeft,
    window: meetingWindow(m, window),
    blocker: registrationBlocker(m, window, "IN_PERSON", now),
  };
}

/** Secretariat: every meeting with its counts, newest edition first. */
export async function listMeetingsForSecretariat(_secretariat: Secretariat) {
  const meetings = await db.meeting.findMany({ orderBy: [{ startsAt: "desc" }], select: { ...meetingSelect, edition: { select: { year: true } } } });
  return Promise.all(meetings.map(async (m) => ({ ...m, counts: await counts(m.id) })));
}

/** Secretariat: one meeting's registrations, in queue order. */
export async function getMeetingRegistrations(_secretariat: Secretariat, meetingId: string) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { ...meetingSelect, edition: { select: { year: true } } } });
  if (!meeting) return null;
  const registrations = await db.meetingRegistration.findMany({
    where: { meetingId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      mode: true,
      createdAt: true,
      promotedAt: true,
      cancelledAt: true,
      user: { select: { name: true, email: true, countryCode: true, stakeholderTypeCode: true, organisation: { select: { name: true } } } },
    },
  });
  return { meeting, registrations };
}

/** A meeting of a published edition, for its calendar file (no connection details). */
export const getMeetingForCalendar = (id: string) =>
  db.meeting.findFirst({
    where: { id, edition: { status: { not: "DRAFT" } } },
    select: { id: true, title: true, venue: true, startsAt: true, endsAt: true, cancelledAt: true, edition: { select: { year: true } } },
  });

/** The caller's meeting registrations (cancelled ones included), soonest meeting first. */
export const listOwnRegistrations = (userId: string) =>
  db.meetingRegistration.findMany({
    where: { userId },
    orderBy: { meeting: { startsAt: "asc" } },
    select: { id: true, status: true, mode: true, meeting: { select: { id: true, title: true, startsAt: true, edition: { select: { year: true } } } } },
  });
