import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/actions/errors";
import { addDeadline, addPhase, moveDeadline, movePhase } from "@/lib/editions/service";
import { addDeadlineSchema, addPhaseSchema, moveDeadlineSchema, movePhaseSchema } from "@/lib/editions/schemas";
import { genevaTime } from "@/lib/time/geneva";
import { createEdition, createUser } from "../../factories/core";
import { createMeeting } from "../../factories/consultation";
import { uniqueEmail } from "../../helpers/database";
import { asSecretariat } from "../../helpers/secretariat";
import type { Secretariat } from "@/lib/auth/session";

afterAll(() => db.$disconnect());

const staff = async (): Promise<Secretariat> => asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
const person = (language: "ar" | "fr" | "en") =>
  db.user.create({ data: { email: uniqueEmail(`p-${language}`), name: `Person ${language}`, preferredLanguage: language } });

describe("moving a phase", () => {
  test("moves its meetings by the same offset and mails their registrants in their language, audited", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const phase = await db.consultationPhase.create({
      data: {
        editionId: edition.id,
        number: 2,
        kind: "PHYSICAL_MEETING",
        title: { en: "First physical meeting", ar: "الاجتماع الحضوري الأول" },
        description: { en: "x" },
        startsAt: genevaTime(2030, 3, 10, 16, 30),
        datesIndicative: true,
      },
    });
    const meeting = await createMeeting(db, { editionId: edition.id, startsAt: genevaTime(2030, 3, 10, 16, 30) });
    await db.meeting.update({ where: { id: meeting.id }, data: { phaseId: phase.id } });
    const [ar, fr, cancelled] = await Promise.all([person("ar"), person("fr"), person("en")]);
    await db.meetingRegistration.createMany({
      data: [
        { meetingId: meeting.id, userId: ar.id, mode: "IN_PERSON", status: "REGISTERED" },
        { meetingId: meeting.id, userId: fr.id, mode: "REMOTE", status: "WAITLISTED" },
        { meetingId: meeting.id, userId: cancelled.id, mode: "REMOTE", status: "CANCELLED" },
      ],
    });

    const input = movePhaseSchema.parse({ startsAt: "2030-03-17T10:00", datesIndicative: "on", notify: "on", confirmed: "1" });
    const result = await movePhase({ actor, phaseId: phase.id, input });

    expect(result).toEqual({ moved: true, mailed: 2 });
    const movedMeeting = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(movedMeeting.startsAt).toEqual(genevaTime(2030, 3, 17, 10, 0));
    expect(movedMeeting.endsAt.getTime() - movedMeeting.startsAt.getTime()).toBe(90 * 60_000);
    const arMail = await db.outboxMessage.findFirstOrThrow({ where: { to: ar.email } });
    expect(arMail.language).toBe("ar");
    expect(arMail.subject).toContain("الاجتماع الحضوري الأول");
    expect((await db.outboxMessage.findFirstOrThrow({ where: { to: fr.email } })).language).toBe("fr");
    expect(await db.outboxMessage.count({ where: { to: cancelled.email } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: phase.id, action: "phase.moved" } });
    expect(audit.actorId).toBe(actor.id);
    expect(audit.data).toMatchObject({ mailed: 2, after: { startsAt: genevaTime(2030, 3, 17, 10, 0).toISOString() } });
  });

  test("saving the same date, or moving without the mail box ticked, mails nobody", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const phase = await db.consultationPhase.create({
      data: {
        editionId: edition.id,
        number: 1,
        kind: "PHYSICAL_MEETING",
        title: { en: "Meeting" },
        description: { en: "x" },
        startsAt: genevaTime(2030, 4, 1, 9, 0),
      },
    });
    const meeting = await createMeeting(db, { editionId: edition.id, startsAt: genevaTime(2030, 4, 1, 9, 0) });
    await db.meeting.update({ where: { id: meeting.id }, data: { phaseId: phase.id } });
    const p = await person("en");
    await db.meetingRegistration.create({ data: { meetingId: meeting.id, userId: p.id, mode: "IN_PERSON", status: "REGISTERED" } });

    const same = await movePhase({ actor, phaseId: phase.id, input: movePhaseSchema.parse({ startsAt: "2030-04-01T09:00", notify: "on", confirmed: "1" }) });
    const silent = await movePhase({ actor, phaseId: phase.id, input: movePhaseSchema.parse({ startsAt: "2030-04-02T09:00", confirmed: "1" }) });

    expect(same).toEqual({ moved: false, mailed: 0 });
    expect(silent).toEqual({ moved: true, mailed: 0 });
    expect(await db.outboxMessage.count({ where: { to: p.email } })).toBe(0);
  });

  test("an unknown phase is not found; a move without confirmation does not parse", async () => {
    const actor = await staff();
    await expect(movePhase({ actor, phaseId: "nope", input: movePhaseSchema.parse({ startsAt: "2030-04-01T09:00", confirmed: "1" }) })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    expect(movePhaseSchema.safeParse({ startsAt: "2030-04-01T09:00" }).success).toBe(false);
    expect(movePhaseSchema.safeParse({ startsAt: "2030-04-01T09:00", endsAt: "2030-03-01T09:00", confirmed: "1" }).success).toBe(false);
  });
});

describe("moving a deadline", () => {
  test("a submission deadline mails drafters and submitters of that kind only", async () => {
    const actor = await staff();
    const edition = await createEdition(db, { deadlines: { CONTRIBUTION: { closesAt: genevaTime(2030, 2, 20) } } });
    const deadline = await db.deadline.findFirstOrThrow({ where: { editionId: edition.id, kind: "CONTRIBUTION" } });
    const [drafter, accepted, workshop] = await Promise.all([person("ar"), person("en"), person("fr")]);
    const sub = (authorId: string, kind: "CONTRIBUTION" | "WORKSHOP_REQUEST", status: "DRAFT" | "ACCEPTED") =>
      db.submission.create({
        data: {
          reference: `D-${Math.random().toString(36).slice(2)}`,
          editionId: edition.id,
          kind,
          status,
          authorId,
          title: "t",
          normalizedTitle: "t",
          language: "en",
        },
      });
    await Promise.all([sub(drafter.id, "CONTRIBUTION", "DRAFT"), sub(accepted.id, "CONTRIBUTION", "ACCEPTED"), sub(workshop.id, "WORKSHOP_REQUEST", "DRAFT")]);

    const result = await moveDeadline({
      actor,
      deadlineId: deadline.id,
      input: moveDeadlineSchema.parse({ closesAt: "2030-02-27T00:00", notify: "on", confirmed: "1" }),
    });

    expect(result).toEqual({ moved: true, mailed: 1 });
    expect((await db.deadline.findUniqueOrThrow({ where: { id: deadline.id } })).closesAt).toEqual(genevaTime(2030, 2, 27));
    expect((await db.outboxMessage.findFirstOrThrow({ where: { to: drafter.email } })).language).toBe("ar");
    expect(await db.outboxMessage.count({ where: { to: { in: [accepted.email, workshop.email] } } })).toBe(0);
  });

  // Replaces "the invitation deadline carries the letters that used it along": a letter's
  // deadline is now its own Deadline row, so there is nothing to carry along; moving it moves
  // exactly that letter's window and no other letter's, even one with the same instant.
  test("a letter's invitation deadline is its own row: moving it moves that letter only", async () => {
    const actor = await staff();
    const old = genevaTime(2030, 1, 16);
    const edition = await createEdition(db);
    const letter = (symbol: string) => ({
      editionId: edition.id,
      symbol,
      letterDate: new Date(Date.UTC(2029, 11, 6)),
      subject: { en: "x" },
      deadlines: { create: { editionId: edition.id, kind: "INVITATION_RESPONSE" as const, closesAt: old } },
    });
    const same = await db.invitationCampaign.create({ data: letter("CL-A"), include: { deadlines: true } });
    const other = await db.invitationCampaign.create({ data: letter("CL-B"), include: { deadlines: true } });

    await moveDeadline({ actor, deadlineId: same.deadlines[0]!.id, input: moveDeadlineSchema.parse({ closesAt: "2030-01-31T00:00", confirmed: "1" }) });

    expect((await db.deadline.findUniqueOrThrow({ where: { id: same.deadlines[0]!.id } })).closesAt).toEqual(genevaTime(2030, 1, 31));
    expect((await db.deadline.findUniqueOrThrow({ where: { id: other.deadlines[0]!.id } })).closesAt).toEqual(old);
  });
});

describe("a new edition", () => {
  test("gets its phases and deadlines from the editor, one window per kind, audited", async () => {
    const actor = await staff();
    const edition = await createEdition(db);

    await addPhase({
      actor,
      editionId: edition.id,
      input: addPhaseSchema.parse({ number: "1", kind: "OPENING", title: "Opening of the consultation", startsAt: "2030-01-10T09:00", datesIndicative: "on" }),
    });
    await addDeadline({
      actor,
      editionId: edition.id,
      input: addDeadlineSchema.parse({ kind: "CONTRIBUTION", opensAt: "2030-01-10T09:00", closesAt: "2030-02-21T00:00" }),
    });

    expect(await db.consultationPhase.findFirstOrThrow({ where: { editionId: edition.id } })).toMatchObject({
      number: 1,
      kind: "OPENING",
      startsAt: genevaTime(2030, 1, 10, 9, 0),
      datesIndicative: true,
    });
    expect((await db.deadline.findFirstOrThrow({ where: { editionId: edition.id } })).closesAt).toEqual(genevaTime(2030, 2, 21));
    await expect(
      addDeadline({ actor, editionId: edition.id, input: addDeadlineSchema.parse({ kind: "CONTRIBUTION", closesAt: "2030-03-01T00:00" }) }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db.auditEntry.count({ where: { actorId: actor.id, action: { in: ["phase.created", "deadline.created"] } } })).toBe(2);
  });
});
