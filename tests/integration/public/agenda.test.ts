// Publishing the agenda and reading the public agenda, on a real PostgreSQL: the public sees
// only the newest publication, never the working rows.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getPublishedAgenda } from "@/lib/agenda/queries";
import { publishAgenda } from "@/lib/agenda/publish";
import { getEditionCalendar } from "@/lib/forums/queries";
import { genevaTime } from "@/lib/time/geneva";
import { createEdition, createUser } from "../../factories/core";
import { createAgendaSession, createRoom, ensureCatalog } from "../../factories/agenda";
import { testDb } from "../../helpers/database";

const db = testDb();

beforeAll(async () => {
  await ensureCatalog(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("publishAgenda", () => {
  test("snapshots the working sessions in time order, with room, Action Lines and SDGs, as version 1, with an audit entry", async () => {
    const edition = await createEdition(db);
    const actor = await createUser(db, { role: "SECRETARIAT" });
    const room = await createRoom(db, edition.id, "CICG, Room 1");
    await createAgendaSession(db, edition.id, {
      slug: "dialogue",
      startsAt: genevaTime(2030, 6, 11, 14, 30),
      track: "HIGH_LEVEL",
      type: "POLICY_DIALOGUE",
      actionLines: ["C11", "C2"],
      sdgs: [17, 9],
      roomId: room.id,
    });
    await createAgendaSession(db, edition.id, {
      slug: "opening",
      startsAt: genevaTime(2030, 6, 11, 9, 0),
      track: "HIGH_LEVEL",
      type: "OPENING",
      title: { en: "Opening", fr: "Ouverture" },
      languages: ["ar", "en", "fr"],
      speakers: [{ name: "A. Speaker", organisation: "ITU", gender: "FEMALE" }],
    });

    const result = await db.$transaction((tx) => publishAgenda(tx, edition.id, actor.id));

    expect(result).toMatchObject({ version: 1, sessionCount: 2 });
    const stored = await db.agendaPublication.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.publishedById).toBe(actor.id);
    expect(stored.snapshot).toEqual({
      format: 1,
      timeZone: "Europe/Zurich",
      sessions: [
        {
          slug: "opening",
          startsAt: "2030-06-11T07:00:00.000Z",
          endsAt: "2030-06-11T08:30:00.000Z",
          track: "HIGH_LEVEL",
          type: "OPENING",
          title: { en: "Opening", fr: "Ouverture" },
          description: null,
          room: null,
          languages: ["ar", "en", "fr"],
          speakers: [{ name: "A. Speaker", organisation: "ITU", gender: "FEMALE" }],
          actionLines: [],
          sdgs: [],
        },
        {
          slug: "dialogue",
          startsAt: "2030-06-11T12:30:00.000Z",
          endsAt: "2030-06-11T14:00:00.000Z",
          track: "HIGH_LEVEL",
          type: "POLICY_DIALOGUE",
          title: { en: "A workshop" },
          description: null,
          room: { id: room.id, name: { en: "CICG, Room 1" } },
          languages: ["en"],
          speakers: [],
          actionLines: ["C2", "C11"],
          sdgs: [9, 17],
        },
      ],
    });
    const audit = await db.auditEntry.findMany({ where: { entityType: "AgendaPublication", entityId: result.id } });
    expect(audit.map((a) => [a.action, a.actorId, a.data])).toEqual([["agenda.published", actor.id, { editionId: edition.id, version: 1, sessions: 2 }]]);
  });

  test("the public agenda is the newest publication: edits stay unseen until republished", async () => {
    const edition = await createEdition(db);
    const session = await createAgendaSession(db, edition.id, { slug: "workshop", title: { en: "First title" } });
    await db.$transaction((tx) => publishAgenda(tx, edition.id, null));

    await db.agendaSession.update({ where: { id: session.id }, data: { title: { en: "Edited title" } } });
    await createAgendaSession(db, edition.id, { slug: "draft-only" });

    const before = await getPublishedAgenda(edition.id);
    expect(before?.version).toBe(1);
    expect(before?.sessions.map((s) => [s.slug, s.title.en])).toEqual([["workshop", "First title"]]);

    const second = await db.$transaction((tx) => publishAgenda(tx, edition.id, null));
    const after = await getPublishedAgenda(edition.id);

    expect(second.version).toBe(2);
    expect(after?.version).toBe(2);
    expect(after?.sessions.map((s) => s.slug).sort()).toEqual(["draft-only", "workshop"]);
    expect(after?.sessions.find((s) => s.slug === "workshop")?.title.en).toBe("Edited title");
    expect(after?.sessions[0].startsAt).toBeInstanceOf(Date);
    expect(await db.agendaPublication.count({ where: { editionId: edition.id } })).toBe(2);
  });

  test("an edition without a publication has no public agenda, even with working sessions", async () => {
    const edition = await createEdition(db);
    await createAgendaSession(db, edition.id);

    expect(await getPublishedAgenda(edition.id)).toBeNull();
  });

  test("malformed speakers refuse the publication and write nothing", async () => {
    const edition = await createEdition(db);
    await createAgendaSession(db, edition.id, { speakers: [{ organisation: "no name" }] });

    await expect(db.$transaction((tx) => publishAgenda(tx, edition.id, null))).rejects.toThrow();

    expect(await db.agendaPublication.count({ where: { editionId: edition.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "agenda.published", data: { path: ["editionId"], equals: edition.id } } })).toBe(0);
  });

  test("another edition's publication never shows", async () => {
    const mine = await createEdition(db);
    const other = await createEdition(db);
    await createAgendaSession(db, other.id, { slug: "other-session" });
    await db.$transaction((tx) => publishAgenda(tx, other.id, null));

    expect(await getPublishedAgenda(mine.id)).toBeNull();
  });
});

describe("getEditionCalendar", () => {
  test("phases in order with their meetings (cancelled ones left out), deadlines by closing instant", async () => {
    const edition = await createEdition(db, {
      deadlines: { WORKSHOP_REQUEST: { closesAt: genevaTime(2030, 3, 1) }, CONTRIBUTION: { closesAt: genevaTime(2030, 2, 1) } },
    });
    const phase2 = await db.consultationPhase.create({
      data: {
        editionId: edition.id,
        number: 2,
        kind: "PHYSICAL_MEETING",
        title: { en: "Meeting" },
        description: { en: "d" },
        startsAt: genevaTime(2030, 1, 10, 14),
      },
    });
    await db.consultationPhase.create({
      data: { editionId: edition.id, number: 1, kind: "OPENING", title: { en: "Opening" }, description: { en: "d" }, startsAt: genevaTime(2029, 12, 1) },
    });
    await db.meeting.create({
      data: {
        editionId: edition.id,
        phaseId: phase2.id,
        title: { en: "Held" },
        startsAt: genevaTime(2030, 1, 10, 14),
        endsAt: genevaTime(2030, 1, 10, 16),
        venue: { en: "ITU" },
      },
    });
    await db.meeting.create({
      data: {
        editionId: edition.id,
        phaseId: phase2.id,
        title: { en: "Cancelled" },
        startsAt: genevaTime(2030, 1, 11, 14),
        endsAt: genevaTime(2030, 1, 11, 16),
        venue: { en: "ITU" },
        cancelledAt: new Date(),
      },
    });

    const calendar = await getEditionCalendar(edition.id);

    expect(calendar.phases.map((p) => [p.number, p.meetings.map((m) => (m.title as { en: string }).en)])).toEqual([
      [1, []],
      [2, ["Held"]],
    ]);
    expect(calendar.deadlines.map((d) => d.kind)).toEqual(["CONTRIBUTION", "WORKSHOP_REQUEST"]);
  });
});
