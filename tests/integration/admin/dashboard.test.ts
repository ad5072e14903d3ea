import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/statistics/dashboard";
import { createEdition, createUser } from "../../factories/core";
import { createStakeholder } from "../../factories/consultation";
import { createSubmission } from "../../factories/reviews";
import { asSecretariat } from "../../helpers/secretariat";

afterAll(() => db.$disconnect());

describe("dashboard", () => {
  test("shows the open windows, the next to close and counts by status with the last day's changes", async () => {
    const now = new Date();
    const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
    const edition = await createEdition(db, {
      deadlines: {
        WORKSHOP_REQUEST: { opensAt: days(-10), closesAt: days(5) },
        CONTRIBUTION: { opensAt: days(-10), closesAt: days(2) },
        FACILITATOR_NOMINATION: { opensAt: days(3), closesAt: days(20) },
        REGIONAL_INPUT: { opensAt: days(-30), closesAt: days(-1) },
      },
    });
    const author = await createStakeholder(db);
    await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "CONTRIBUTION" });
    const old = await createSubmission(db, { editionId: edition.id, authorId: author.id, kind: "CONTRIBUTION", status: "ACCEPTED" });
    await db.$executeRaw`UPDATE "Submission" SET "updatedAt" = ${days(-3)} WHERE id = ${old.id}`;

    const d = await getDashboard(asSecretariat(await createUser(db, { role: "SECRETARIAT" })), edition.id, now);

    expect(d.open.map((w) => w.kind)).toEqual(["CONTRIBUTION", "WORKSHOP_REQUEST"]);
    expect(d.nextToClose?.kind).toBe("CONTRIBUTION");
    expect(d.upcoming.map((w) => w.kind)).toEqual(["FACILITATOR_NOMINATION"]);
    expect(d.submissions.CONTRIBUTION).toEqual({ byStatus: { SUBMITTED: 1, ACCEPTED: 1 }, total: 2, sinceYesterday: 1 });
    expect(d.submissions.WORKSHOP_REQUEST.total).toBe(0);
  });
});
