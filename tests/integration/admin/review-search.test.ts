// The review queue's search: PostgreSQL serves the submission text from its trigram index, on an
// edition of a realistic size (the plan is read with EXPLAIN, the planner's own choice), and the
// search finds exactly what the substring match through the relations found before.
import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listReviewQueue, textSearchSql } from "@/lib/reviews/queries";
import { queueFilterSchema } from "@/lib/reviews/schemas";
import { createEdition, createUser } from "../../factories/core";
import { createOrganisation, createStakeholder } from "../../factories/consultation";
import { createSubmission } from "../../factories/reviews";
import { asSecretariat } from "../../helpers/secretariat";

afterAll(() => db.$disconnect());

const planOf = async (sql: Prisma.Sql) => (await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`)).map((r) => r["QUERY PLAN"]).join("\n");

/** The search as it was written before: an OR through the relations (the reference for the results). */
function searchThroughRelations(editionId: string, q: string): Prisma.SubmissionWhereInput {
  const contains = { contains: q, mode: "insensitive" as const };
  return {
    editionId,
    status: { not: "DRAFT" },
    OR: [
      { reference: contains },
      { title: contains },
      { summary: contains },
      { body: contains },
      { organisation: { name: contains } },
      { author: { email: contains } },
      { author: { name: contains } },
    ],
  };
}

describe("review queue search", () => {
  test("reads the submission text through the trigram index, and finds what the search through the relations found", async () => {
    const edition = await createEdition(db);
    const word = `zq${Date.now().toString(36)}`;
    const org = await createOrganisation(db, { name: `Fondation ${word} pour le numérique` });
    const named = await createStakeholder(db, { name: `Amina ${word.toUpperCase()}` });
    const mailed = await createStakeholder(db, { email: `${word}@example.org` });
    const plain = await createStakeholder(db);
    const byTitle = await createSubmission(db, { editionId: edition.id, authorId: plain.id, title: `Digital ${word} inclusion` });
    const byBody = await createSubmission(db, { editionId: edition.id, authorId: plain.id, body: `… the ${word.toUpperCase()} programme …` });
    const bySummary = await createSubmission(db, { editionId: edition.id, authorId: plain.id });
    await db.submission.update({ where: { id: bySummary.id }, data: { summary: `Résumé: ${word}` } });
    const byOrganisation = await createSubmission(db, { editionId: edition.id, authorId: plain.id, organisationId: org.id });
    const byAuthorName = await createSubmission(db, { editionId: edition.id, authorId: named.id });
    const byAuthorEmail = await createSubmission(db, { editionId: edition.id, authorId: mailed.id });
    await createSubmission(db, { editionId: edition.id, authorId: plain.id, title: "ends with mark", body: "twain begins here" });
    await createSubmission(db, { editionId: edition.id, authorId: plain.id, title: `Draft ${word}`, status: "DRAFT" });
    const byReference = await createSubmission(db, { editionId: edition.id, authorId: plain.id });
    for (let i = 0; i < 30; i++) await createSubmission(db, { editionId: edition.id, authorId: plain.id, title: `Filler ${i} 100%_done` });
    // an edition of the size the queue was measured at (20 000), so that the planner weighs its choices as in production
    await db.$executeRaw`
      INSERT INTO "Submission" (id, reference, "editionId", kind, status, "authorId", title, "normalizedTitle", body, language, "submittedAt", "updatedAt")
      SELECT 'bulk-' || ${edition.id} || '-' || i, 'BULK-' || ${edition.id} || '-' || i, ${edition.id}, 'CONTRIBUTION', 'SUBMITTED', ${plain.id},
             'Bulk contribution ' || md5(i::text), 'bulk contribution ' || md5(i::text), md5((i * 13)::text), 'en', now(), now()
      FROM generate_series(1, 20000) AS i`;
    // as autovacuum would: statistics, and the GIN index's pending list merged into the index
    await db.$executeRawUnsafe('VACUUM ANALYZE "Submission", "Organisation", "User"');
    const secretariat = asSecretariat(await createUser(db, { role: "SECRETARIAT" }));
    const found = async (q: string) => (await listReviewQueue(secretariat, edition.id, queueFilterSchema.parse({ q }), "en")).rows.map((r) => r.id).sort();
    const before = async (q: string) =>
      (await db.submission.findMany({ where: searchThroughRelations(edition.id, q), select: { id: true }, take: 50 })).map((r) => r.id).sort();

    const plan = await planOf(textSearchSql(edition.id, word));

    expect(plan).toContain("Submission_search_trgm_idx");
    expect(plan).not.toMatch(/Seq Scan/);
    expect(await found(word)).toEqual([byTitle, byBody, bySummary, byOrganisation, byAuthorName, byAuthorEmail].map((s) => s.id).sort());
    for (const q of [word, word.toUpperCase(), byReference.reference, "Filler 1", "numérique", "nothing-matches-this"])
      expect(await found(q), q).toEqual(await before(q));
    expect(await found("mark twain"), "a match never spans two fields").toEqual([]);
    expect(await found("100%_done"), "% and _ are the characters themselves").toHaveLength(30);
  });
});
