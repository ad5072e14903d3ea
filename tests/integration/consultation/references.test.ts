// Printable references (WSIS2030-C-0001) against real PostgreSQL: taken from a counter in a
// statement of their own, before the submission's transaction, so concurrent submissions never
// wait for each other's commit and never share a number.
import { describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { genevaTime } from "@/lib/time/geneva";
import { createConsultationEdition, createStakeholder } from "../../factories/consultation";
import { outcomeOf, payloadFor, withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const opensAt = genevaTime(2030, 2, 1, 9, 0);
const closesAt = genevaTime(2030, 4, 1, 0, 0);
const now = genevaTime(2030, 3, 1, 12, 0);
const service = () => import("@/lib/submissions/service/save-submission");
const numberOf = (reference: string) => Number(reference.slice(-4));

describe("references", () => {
  test("20 stakeholders submitting at once get 20 distinct numbers, 1 to 20, each row with its own", async () => {
    const { saveSubmission } = await service();
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [opensAt, closesAt] });
    const authors = await Promise.all(Array.from({ length: 20 }, () => createStakeholder(db)));

    const outcomes = await Promise.all(
      authors.map((a) =>
        outcomeOf(
          saveSubmission({ userId: a.id, kind: "CONTRIBUTION", target: { year: edition.year }, intent: "submit", payload: payloadFor("CONTRIBUTION"), now }),
        ),
      ),
    );

    expect(outcomes).toEqual(Array(20).fill("ok"));
    const rows = await db.submission.findMany({ where: { editionId: edition.id }, select: { reference: true } });
    expect(rows.map((r) => r.reference).every((r) => r.startsWith(`WSIS${edition.year}-C-`))).toBe(true);
    expect(rows.map((r) => numberOf(r.reference)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  }, 60_000);

  test("the first number follows the highest reference already stored; a save refused in its transaction leaves a gap, never a repeat", async () => {
    const { saveSubmission } = await service();
    const edition = await createConsultationEdition(db, { WORKSHOP_REQUEST: [opensAt, closesAt] });
    const earlier = await createStakeholder(db);
    // a row written before the counter existed (or by the seed), numbered by hand
    await db.submission.create({
      data: {
        reference: `WSIS${edition.year}-W-0007`,
        kind: "WORKSHOP_REQUEST",
        editionId: edition.id,
        authorId: earlier.id,
        status: "DRAFT",
        title: "Imported earlier",
        normalizedTitle: "imported earlier",
        language: "en",
      },
    });
    const save = async (at: Date) =>
      outcomeOf(
        saveSubmission({
          userId: (await createStakeholder(db)).id,
          kind: "WORKSHOP_REQUEST",
          target: { year: edition.year },
          intent: "submit",
          payload: payloadFor("WORKSHOP_REQUEST"),
          now: at,
        }),
      );

    expect(await save(now)).toBe("ok");
    expect(await save(closesAt)).toBe("DEADLINE_PASSED"); // took number 9, then refused
    expect(await save(now)).toBe("ok");

    const numbers = (await db.submission.findMany({ where: { editionId: edition.id }, select: { reference: true } })).map((r) => numberOf(r.reference));
    expect(numbers.sort((a, b) => a - b)).toEqual([7, 8, 10]);
  });
});
