import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createRoom, placeSubmission, publishEditionAgenda, saveSession } from "@/lib/agenda-builder/service";
import { placeSubmissionSchema, sessionSchema } from "@/lib/agenda-builder/schemas";
import { readSnapshot } from "@/lib/agenda/snapshot";
import { createEdition, createUser } from "../../factories/core";
import { createStakeholder } from "../../factories/consultation";
import { createSubmission } from "../../factories/reviews";
import { asSecretariat } from "../../helpers/secretariat";
import type { Secretariat } from "@/lib/auth/session";

afterAll(() => db.$disconnect());

const staff = async (): Promise<Secretariat> => asSecretariat(await createUser(db, { role: "SECRETARIAT" }));

describe("agenda builder", () => {
  test("an accepted workshop is placed with its speakers; a clash is warned; publishing keeps earlier versions", async () => {
    const actor = await staff();
    const edition = await createEdition(db); // 10–13 June 2030
    const author = await createStakeholder(db);
    const workshop = await createSubmission(db, {
      editionId: edition.id,
      authorId: author.id,
      kind: "WORKSHOP_REQUEST",
      status: "ACCEPTED",
      title: "الشمول الرقمي",
      language: "ar",
      actionLines: ["C4"],
      speakers: [{ name: "Amina Diallo", gender: "FEMALE" }],
    });
    const room = await createRoom({ actor, editionId: edition.id, input: { name: "Popov Room", capacity: 80 } });
    const hlt = await saveSession({
      actor,
      editionId: edition.id,
      sessionId: null,
      input: sessionSchema.parse({
        title: "Policy statements",
        track: "HIGH_LEVEL",
        type: "POLICY_STATEMENTS",
        roomId: room.id,
        day: "2030-06-11",
        startTime: "09:00",
        endTime: "10:30",
        speakers: "Amina Diallo | Minister",
      }),
    });
    expect(hlt.clashes).toEqual([]);
    const first = await publishEditionAgenda({ actor, editionId: edition.id });

    const placed = await placeSubmission({
      actor,
      editionId: edition.id,
      input: placeSubmissionSchema.parse({ submissionId: workshop.id, roomId: room.id, day: "2030-06-11", startTime: "10:00", endTime: "11:30" }),
    });
    const second = await publishEditionAgenda({ actor, editionId: edition.id });

    expect(placed.clashes.map((c) => c.kind).sort()).toEqual(["room", "speaker"]);
    const session = await db.agendaSession.findUniqueOrThrow({ where: { id: placed.id }, include: { actionLines: true } });
    expect(session).toMatchObject({
      submissionId: workshop.id,
      type: "WORKSHOP",
      track: "FORUM",
      title: { en: "الشمول الرقمي", ar: "الشمول الرقمي" },
      speakers: [{ name: "Amina Diallo", organisation: "Org", gender: "FEMALE" }],
    });
    expect(session.actionLines.map((a) => a.code)).toEqual(["C4"]);
    expect([first.version, second.version]).toEqual([1, 2]);
    const versions = await db.agendaPublication.findMany({ where: { editionId: edition.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => readSnapshot(v.snapshot).sessions.length)).toEqual([1, 2]);
    expect(
      await db.auditEntry.count({ where: { action: { in: ["session.placed", "session.created", "room.created", "agenda.published"] }, actorId: actor.id } }),
    ).toBeGreaterThanOrEqual(5);
  });

  test("only accepted submissions, and only on the edition's days", async () => {
    const actor = await staff();
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const pending = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "WORKSHOP_REQUEST", status: "UNDER_REVIEW" });
    const accepted = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "WORKSHOP_REQUEST", status: "ACCEPTED" });
    const slot = { day: "2030-06-10", startTime: "09:00", endTime: "10:00" };

    await expect(
      placeSubmission({ actor, editionId: edition.id, input: placeSubmissionSchema.parse({ ...slot, submissionId: pending.id }) }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { submissionId: ["notAccepted"] } });
    await expect(
      placeSubmission({ actor, editionId: edition.id, input: placeSubmissionSchema.parse({ ...slot, day: "2030-06-20", submissionId: accepted.id }) }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { day: ["dayOutsideEdition"] } });
    expect(placeSubmissionSchema.safeParse({ ...slot, endTime: "08:00", submissionId: accepted.id }).success).toBe(false);
    expect(await db.agendaSession.count({ where: { editionId: edition.id } })).toBe(0);
  });
});
