import { describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { createConsultationEdition, createMeeting, createStakeholder, grantExtension } from "../../factories/consultation";
import { outcomeOf, withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const service = () => import("@/lib/meetings/service");
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

const opensAt = genevaTime(2030, 2, 1, 9, 0);
// registration closes at the end of 30 March 2030, Geneva time; clocks go forward on 31 March
const closesAt = endOfGenevaDay(2030, 3, 30);
const meetingStart = genevaTime(2030, 4, 10, 14, 30);

async function arrange(capacity: number | null = 3) {
  const edition = await createConsultationEdition(db, { MEETING_REGISTRATION: [opensAt, closesAt] });
  const meeting = await createMeeting(db, { editionId: edition.id, startsAt: meetingStart, capacity });
  return { edition, meeting };
}

describe("registration window", () => {
  test("refused 1 ms before opening and at the close, accepted at opening and 1 ms before the close", async () => {
    const { registerForMeeting } = await service();
    const { meeting } = await arrange(null);
    const attempt = async (now: Date) =>
      outcomeOf(registerForMeeting({ userId: (await createStakeholder(db)).id, meetingId: meeting.id, mode: "REMOTE", now }));

    expect(await attempt(ms(opensAt, -1))).toBe("NOT_OPEN_YET");
    expect(await attempt(opensAt)).toBe("ok");
    expect(await attempt(ms(closesAt, -1))).toBe("ok");
    expect(await attempt(closesAt)).toBe("DEADLINE_PASSED");
    expect(closesAt.toISOString()).toBe("2030-03-30T23:00:00.000Z");
  });

  test("an extension across the change to summer time keeps registration open to its instant, never past the meeting's start", async () => {
    const { registerForMeeting } = await service();
    const { edition, meeting } = await arrange(null);
    const late = await createStakeholder(db);
    const extended = endOfGenevaDay(2030, 4, 2);
    await grantExtension(db, { editionId: edition.id, kind: "MEETING_REGISTRATION", closesAt: extended, userId: late.id });

    expect(extended.toISOString()).toBe("2030-04-02T22:00:00.000Z");
    expect(await outcomeOf(registerForMeeting({ userId: (await createStakeholder(db)).id, meetingId: meeting.id, mode: "REMOTE", now: ms(closesAt, 1) }))).toBe(
      "DEADLINE_PASSED",
    );
    const lateOther = await createStakeholder(db);
    await grantExtension(db, { editionId: edition.id, kind: "MEETING_REGISTRATION", closesAt: extended, userId: lateOther.id });
    expect(await outcomeOf(registerForMeeting({ userId: lateOther.id, meetingId: meeting.id, mode: "REMOTE", now: extended }))).toBe("DEADLINE_PASSED");
    expect(await outcomeOf(registerForMeeting({ userId: late.id, meetingId: meeting.id, mode: "REMOTE", now: ms(extended, -1) }))).toBe("ok");

    const beyond = await createStakeholder(db);
    await grantExtension(db, { editionId: edition.id, kind: "MEETING_REGISTRATION", closesAt: ms(meetingStart, 86_400_000), userId: beyond.id });
    expect(await outcomeOf(registerForMeeting({ userId: beyond.id, meetingId: meeting.id, mode: "REMOTE", now: meetingStart }))).toBe("DEADLINE_PASSED");
  });
});

describe("capacity and waiting list", () => {
  test("two parallel registrations for the last seat give one seat and one waiting-list place", async () => {
    const { registerForMeeting } = await service();
    const { meeting } = await arrange(1);
    const [a, b] = [await createStakeholder(db), await createStakeholder(db)];
    const now = ms(opensAt, 1000);

    const results = await Promise.all([a, b].map((u) => registerForMeeting({ userId: u.id, meetingId: meeting.id, mode: "IN_PERSON", now })));

    expect(results.map((r) => r.status).sort()).toEqual(["REGISTERED", "WAITLISTED"]);
    expect(await db.meetingRegistration.count({ where: { meetingId: meeting.id, status: "REGISTERED" } })).toBe(1);
  });

  test("cancelling a seat promotes the waiting list in order and mails the promoted person", async () => {
    const { registerForMeeting, cancelMeetingRegistration } = await service();
    const { meeting } = await arrange(1);
    const [holder, first, second] = [await createStakeholder(db), await createStakeholder(db, { language: "fr" }), await createStakeholder(db)];
    await registerForMeeting({ userId: holder.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 1) });
    await registerForMeeting({ userId: first.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 2) });
    await registerForMeeting({ userId: second.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 3) });

    const { promotedId } = await cancelMeetingRegistration({ userId: holder.id, meetingId: meeting.id, now: ms(opensAt, 10) });

    const rows = await db.meetingRegistration.findMany({ where: { meetingId: meeting.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.userId, r.status])).toEqual([
      [holder.id, "CANCELLED"],
      [first.id, "REGISTERED"],
      [second.id, "WAITLISTED"],
    ]);
    expect(promotedId).toBe(rows[1]!.id);
    expect(rows[1]!.promotedAt).toEqual(ms(opensAt, 10));
    const promotedMail = await db.outboxMessage.findFirstOrThrow({ where: { to: first.email, template: "meeting.promoted" } });
    expect(promotedMail.language).toBe("fr");
  });

  test("remote registration is never waitlisted, and only remote participants are mailed the connection details", async () => {
    const { registerForMeeting } = await service();
    const { meeting } = await arrange(1);
    const [inPerson, remote] = [await createStakeholder(db), await createStakeholder(db)];

    await registerForMeeting({ userId: inPerson.id, meetingId: meeting.id, mode: "IN_PERSON", now: opensAt });
    const r = await registerForMeeting({ userId: remote.id, meetingId: meeting.id, mode: "REMOTE", now: opensAt });

    expect(r.status).toBe("REGISTERED");
    const remoteMail = await db.outboxMessage.findFirstOrThrow({ where: { to: remote.email, template: "meeting.registered" } });
    const inPersonMail = await db.outboxMessage.findFirstOrThrow({ where: { to: inPerson.email, template: "meeting.registered" } });
    expect(remoteMail.text).toContain("https://itu.zoom.example/j/123 (passcode 4242)");
    expect(inPersonMail.text).not.toContain("itu.zoom.example");
  });

  test("registering twice is a CONFLICT; after cancelling, a new registration queues from now", async () => {
    const { registerForMeeting, cancelMeetingRegistration } = await service();
    const { meeting } = await arrange(1);
    const [u, v] = [await createStakeholder(db), await createStakeholder(db)];
    await registerForMeeting({ userId: u.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 1) });

    expect(await outcomeOf(registerForMeeting({ userId: u.id, meetingId: meeting.id, mode: "REMOTE", now: ms(opensAt, 2) }))).toBe("CONFLICT");
    await registerForMeeting({ userId: v.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 3) });
    await cancelMeetingRegistration({ userId: u.id, meetingId: meeting.id, now: ms(opensAt, 4) });
    const again = await registerForMeeting({ userId: u.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 5) });

    expect(again.status).toBe("WAITLISTED");
    expect(await outcomeOf(cancelMeetingRegistration({ userId: (await createStakeholder(db)).id, meetingId: meeting.id, now: ms(opensAt, 6) }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("changing how one attends", () => {
  test("in place: a seat given up goes to the first waiting; back to a full room queues from now; each change audited and mailed", async () => {
    const { registerForMeeting, changeMeetingMode } = await service();
    const { meeting } = await arrange(1);
    const [holder, waiting] = [await createStakeholder(db), await createStakeholder(db)];
    await registerForMeeting({ userId: holder.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 1) });
    await registerForMeeting({ userId: waiting.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 2) });

    const remote = await changeMeetingMode({ userId: holder.id, meetingId: meeting.id, mode: "REMOTE", now: ms(opensAt, 10) });
    const back = await changeMeetingMode({ userId: holder.id, meetingId: meeting.id, mode: "IN_PERSON", now: ms(opensAt, 20) });

    expect([remote.status, back.status]).toEqual(["REGISTERED", "WAITLISTED"]);
    const rows = await db.meetingRegistration.findMany({ where: { meetingId: meeting.id }, orderBy: { userId: "asc" } });
    const byUser = Object.fromEntries(rows.map((r) => [r.userId, [r.mode, r.status]]));
    expect(byUser).toEqual({ [holder.id]: ["IN_PERSON", "WAITLISTED"], [waiting.id]: ["IN_PERSON", "REGISTERED"] });
    expect(rows.find((r) => r.userId === holder.id)!.createdAt).toEqual(ms(opensAt, 20));
    const audit = await db.auditEntry.findMany({ where: { entityType: "MeetingRegistration", actorId: holder.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, (a.data as { to: { mode: string } }).to.mode])).toEqual([
      ["meeting_registration.mode_changed", "REMOTE"],
      ["meeting_registration.mode_changed", "IN_PERSON"],
    ]);
    expect(await db.outboxMessage.count({ where: { to: waiting.email, template: "meeting.promoted" } })).toBe(1);
    const remoteMail = await db.outboxMessage.findFirstOrThrow({ where: { to: holder.email, template: "meeting.registered", text: { contains: "remotely" } } });
    expect(remoteMail.text).toContain("itu.zoom.example");
  });

  test("the same mode again is INVALID_STATE; without a registration NOT_FOUND; after registration closes DEADLINE_PASSED", async () => {
    const { registerForMeeting, changeMeetingMode } = await service();
    const { meeting } = await arrange(null);
    const u = await createStakeholder(db);
    await registerForMeeting({ userId: u.id, meetingId: meeting.id, mode: "REMOTE", now: opensAt });

    expect(await outcomeOf(changeMeetingMode({ userId: u.id, meetingId: meeting.id, mode: "REMOTE", now: opensAt }))).toBe("INVALID_STATE");
    expect(await outcomeOf(changeMeetingMode({ userId: (await createStakeholder(db)).id, meetingId: meeting.id, mode: "REMOTE", now: opensAt }))).toBe(
      "NOT_FOUND",
    );
    expect(await outcomeOf(changeMeetingMode({ userId: u.id, meetingId: meeting.id, mode: "IN_PERSON", now: closesAt }))).toBe("DEADLINE_PASSED");
    expect((await db.meetingRegistration.findFirstOrThrow({ where: { meetingId: meeting.id, userId: u.id } })).mode).toBe("REMOTE");
  });
});

describe("what the meeting page and mail say", () => {
  test("the page shows the meeting's own closing, not the edition's window; without details the mail and the page both say they will follow", async () => {
    const { registerForMeeting } = await service();
    const { getMeetingForUser } = await import("@/lib/meetings/queries");
    const edition = await createConsultationEdition(db, { MEETING_REGISTRATION: [opensAt, closesAt] });
    const ownClose = genevaTime(2030, 2, 20, 12, 0);
    const meeting = await createMeeting(db, {
      editionId: edition.id,
      startsAt: genevaTime(2030, 2, 21, 10, 0),
      registrationClosesAt: ownClose,
      remoteDetails: null,
    });
    const u = await createStakeholder(db);
    await registerForMeeting({ userId: u.id, meetingId: meeting.id, mode: "REMOTE", now: opensAt });

    const view = await getMeetingForUser(edition.id, meeting.id, u.id, opensAt);

    expect(view?.window?.closesAt).toEqual(ownClose);
    expect(view?.remoteDetailsMailed).toBe(false);
    expect(view).not.toHaveProperty("remoteDetails");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: u.email, template: "meeting.registered" } });
    expect(mail.text).toContain("will send the connection details");
  });
});

describe("calendar file", () => {
  test("the .ics holds the meeting in UTC and no connection details", async () => {
    const { meetingCalendar } = await import("@/lib/meetings/ics");
    const { meeting } = await arrange();

    const ics = meetingCalendar(meeting, "fr", "https://example.org/m");

    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("DTSTART:20300410T123000Z");
    expect(ics).toContain("SUMMARY:Réunion de consultation");
    expect(ics).not.toContain("zoom");
  });
});
