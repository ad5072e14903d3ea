import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { consultationStatistics, getPublishedCompilation } from "@/lib/statistics/queries";
import { setCompilationPublished } from "@/lib/statistics/service";
import { createEdition, createUser } from "../../factories/core";
import { createStakeholder } from "../../factories/consultation";
import { createSubmission } from "../../factories/reviews";
import { asSecretariat } from "../../helpers/secretariat";

afterAll(() => db.$disconnect());

const byKey = (series: { key: string; count: number }[]) => Object.fromEntries(series.filter((s) => s.count).map((s) => [s.key, s.count]));

describe("statistics of the consultation", () => {
  test("count submitted work by kind, stakeholder type, region and speakers' gender; drafts and withdrawals excluded", async () => {
    const edition = await createEdition(db);
    const author = await createStakeholder(db); // civil society, organisation in CH
    const loner = await createUser(db);
    await createSubmission(db, {
      editionId: edition.id,
      authorId: author.id,
      kind: "WORKSHOP_REQUEST",
      countryCode: "KE",
      organisationId: author.organisationId,
      speakers: [
        { name: "A", gender: "FEMALE" },
        { name: "B", gender: "FEMALE" },
        { name: "C", gender: "MALE" },
      ],
    });
    await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "CONTRIBUTION", countryCode: "CH", organisationId: author.organisationId });
    await createSubmission(db, { editionId: edition.id, authorId: loner.id, kind: "CONTRIBUTION", countryCode: null });
    await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "CONTRIBUTION", status: "DRAFT" });
    await createSubmission(db, {
      editionId: edition.id,
      authorId: author.id,
      kind: "WORKSHOP_REQUEST",
      status: "WITHDRAWN",
      speakers: [{ name: "D", gender: "MALE" }],
    });

    const stats = await consultationStatistics(edition.id, "fr");

    expect(stats.total).toBe(3);
    expect(byKey(stats.byKind)).toEqual({ CONTRIBUTION: 2, WORKSHOP_REQUEST: 1 });
    expect(byKey(stats.byStakeholderType)).toEqual({ CIVIL_SOCIETY: 2, UNKNOWN: 1 });
    expect(byKey(stats.byRegion)).toEqual({ africa: 1, europe: 1, UNKNOWN: 1 });
    expect(stats.byRegion.find((r) => r.key === "africa")?.label).toBe("Afrique");
    expect(byKey(stats.speakersByGender)).toEqual({ FEMALE: 2, MALE: 1 });
  });

  test("organisers, who are not asked their gender, are not counted as 'not stated'; speakers who gave none are", async () => {
    const edition = await createEdition(db);
    const author = await createStakeholder(db);
    const workshop = await createSubmission(db, {
      editionId: edition.id,
      authorId: author.id,
      kind: "WORKSHOP_REQUEST",
      speakers: [{ name: "A", gender: "FEMALE" }, { name: "B", gender: "UNDISCLOSED" }, { name: "C" }],
    });
    await db.workshopParticipant.createMany({
      data: [
        { submissionId: workshop.id, role: "LEAD_ORGANISER", position: 0, name: "Lead", organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY" },
        { submissionId: workshop.id, role: "CO_ORGANISER", position: 0, name: "Co 1", organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY" },
        { submissionId: workshop.id, role: "CO_ORGANISER", position: 1, name: "Co 2", organisationName: "Org", stakeholderTypeCode: "CIVIL_SOCIETY" },
      ],
    });

    const stats = await consultationStatistics(edition.id, "en");

    expect(byKey(stats.speakersByGender)).toEqual({ FEMALE: 1, UNDISCLOSED: 2 });
  });

  test("the compilation is public only once published, and the change is audited", async () => {
    const edition = await createEdition(db);
    const admin = await createUser(db, { role: "SECRETARIAT" });
    const actor = asSecretariat(admin);
    const now = new Date();

    expect(await getPublishedCompilation(edition.id)).toBeNull();
    await setCompilationPublished({ actor, editionId: edition.id, publish: true, now });
    expect(await getPublishedCompilation(edition.id)).toEqual(now);
    await setCompilationPublished({ actor, editionId: edition.id, publish: false, now });
    expect(await getPublishedCompilation(edition.id)).toBeNull();
    expect((await db.auditEntry.findMany({ where: { entityId: edition.id, actorId: admin.id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "compilation.published",
      "compilation.withdrawn",
    ]);
  });
});
