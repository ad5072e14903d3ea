import { afterAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createFreshDatabase, migrationNamed } from "../../helpers/fresh-database";
import { asSecretariat } from "../../helpers/secretariat";
import { applyMigrations, openEngine } from "@/lib/migrations/engine";
import { createPrismaClient } from "@/lib/prisma-client";
import { getSubmissionForReview } from "@/lib/reviews/queries";
import { assignReviewer } from "@/lib/reviews/service";
import { createEdition, createUser } from "../../factories/core";
import { createSubmission } from "../../factories/reviews";

afterAll(() => db.$disconnect());

const vocabulary = migrationNamed("audit_vocabulary");

describe("the audit vocabulary migration", () => {
  test("rewrites stored entity types to the model names, leaves the rest, and keeps the log append-only", async () => {
    const database = await createFreshDatabase("audit_vocab", { before: vocabulary });
    const prisma = createPrismaClient(database.url, 2);
    try {
      await prisma.auditEntry.createMany({
        data: [
          { action: "review.assigned", entityType: "submission", entityId: "s1" },
          { action: "regional_input.recorded", entityType: "Submission", entityId: "s2" },
          { action: "policy_statement.requested", entityType: "policy_statement", entityId: "p1" },
          { action: "campaign.created", entityType: "campaign", entityId: "c1" },
          { action: "export.downloaded", entityType: "invitationCampaign", entityId: "c1" },
          { action: "edition.created", entityType: "edition", entityId: "e1" },
          { action: "agenda.published", entityType: "AgendaPublication", entityId: "a1" },
          { action: "test.kept", entityType: "thing", entityId: "x1" },
        ],
      });

      const engine = await openEngine({ url: database.url });
      try {
        expect(await applyMigrations(engine)).toContain(vocabulary);
      } finally {
        await engine.close();
      }

      const rows = await prisma.auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true, entityType: true, entityId: true } });
      expect(rows.map((r) => `${r.entityType}:${r.entityId}`)).toEqual([
        "Submission:s1",
        "Submission:s2",
        "PolicyStatement:p1",
        "InvitationCampaign:c1",
        "InvitationCampaign:c1",
        "ForumEdition:e1",
        "AgendaPublication:a1",
        "thing:x1",
      ]);
      const first = await prisma.auditEntry.findFirstOrThrow({ orderBy: { id: "asc" } });
      await expect(prisma.auditEntry.update({ where: { id: first.id }, data: { entityType: "submission" } })).rejects.toThrow(
        /audit entries cannot be changed/,
      );
      await expect(prisma.auditEntry.delete({ where: { id: first.id } })).rejects.toThrow(/audit entries cannot be changed/);
    } finally {
      await prisma.$disconnect();
      await database.drop();
    }
  });
});

describe("the submission history", () => {
  test("lists the submission's entries under the one entity type, and no other entity's", async () => {
    const u = await createUser(db, { role: "SECRETARIAT" });
    const actor = asSecretariat(u);
    const edition = await createEdition(db);
    const author = await createUser(db);
    const s = await createSubmission(db, { editionId: edition.id, authorId: author.id, status: "SUBMITTED" });
    await assignReviewer({ actor, submissionId: s.id, reviewerId: actor.id });
    // an entry about another entity that happens to carry the same id, and an old spelling
    await db.auditEntry.create({ data: { action: "invitation.sent", entityType: "Invitation", entityId: s.id } });
    await db.auditEntry.create({ data: { action: "note.added", entityType: "submission", entityId: s.id } });

    const review = await getSubmissionForReview(actor, s.id, "en");
    expect(review!.history.map((h) => h.action)).toEqual(["review.assigned"]);
    const stored = await db.auditEntry.findFirstOrThrow({ where: { entityId: s.id, action: "review.assigned" } });
    expect(stored.entityType).toBe("Submission");
  });
});
