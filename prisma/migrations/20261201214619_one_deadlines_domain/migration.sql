-- One deadlines domain. The letters' response and statement deadlines become Deadline rows of
-- their campaign, and each invitation's extension a DeadlineExtension row, so that every window
-- is read and enforced from one table (lib/deadlines). The data moves before the old columns go.

-- DropForeignKey
ALTER TABLE "DeadlineExtension" DROP CONSTRAINT "DeadlineExtension_grantedById_fkey";

-- DropIndex
DROP INDEX "Deadline_editionId_kind_key";

-- AlterTable
ALTER TABLE "Deadline" ADD COLUMN     "campaignId" TEXT;

-- AlterTable
ALTER TABLE "DeadlineExtension" ADD COLUMN     "invitationId" TEXT,
ALTER COLUMN "grantedById" DROP NOT NULL;

-- Data: an edition-wide INVITATION_RESPONSE / POLICY_STATEMENT row was kept in step with the
-- campaigns that had the same instant; it becomes the row of the first such campaign (keeping its
-- id, opening and "indicative" flag).
UPDATE "Deadline" d SET "campaignId" = (
  SELECT c."id" FROM "InvitationCampaign" c
  WHERE c."editionId" = d."editionId" AND c."responseDeadline" = d."closesAt"
  ORDER BY c."letterDate", c."id" LIMIT 1)
WHERE d."kind" = 'INVITATION_RESPONSE';

UPDATE "Deadline" d SET "campaignId" = (
  SELECT c."id" FROM "InvitationCampaign" c
  WHERE c."editionId" = d."editionId" AND c."statementDeadline" = d."closesAt"
  ORDER BY c."letterDate", c."id" LIMIT 1)
WHERE d."kind" = 'POLICY_STATEMENT';

-- Data: every other campaign gets its own rows, from its columns.
INSERT INTO "Deadline" ("id", "editionId", "kind", "campaignId", "closesAt")
SELECT gen_random_uuid()::text, c."editionId", 'INVITATION_RESPONSE', c."id", c."responseDeadline"
FROM "InvitationCampaign" c
WHERE NOT EXISTS (SELECT 1 FROM "Deadline" d WHERE d."campaignId" = c."id" AND d."kind" = 'INVITATION_RESPONSE');

INSERT INTO "Deadline" ("id", "editionId", "kind", "campaignId", "closesAt")
SELECT gen_random_uuid()::text, c."editionId", 'POLICY_STATEMENT', c."id", c."statementDeadline"
FROM "InvitationCampaign" c
WHERE c."statementDeadline" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Deadline" d WHERE d."campaignId" = c."id" AND d."kind" = 'POLICY_STATEMENT');

-- Data: an edition-wide invitation or statement row that matched no campaign enforced nothing
-- (the forms read the campaigns' columns) and only showed a date nobody applied: it goes.
DELETE FROM "Deadline" WHERE "campaignId" IS NULL AND "kind" IN ('INVITATION_RESPONSE', 'POLICY_STATEMENT');

-- Data: each invitation's extension becomes an extension of its campaign's response deadline,
-- with who granted it, why and when, from the audit entry that recorded it (when there is one).
INSERT INTO "DeadlineExtension" ("id", "deadlineId", "invitationId", "closesAt", "reason", "grantedById", "createdAt")
SELECT gen_random_uuid()::text, d."id", i."id", i."deadlineExtendedTo",
       COALESCE(a."data"->>'reason', 'extension granted before extensions were recorded as rows'),
       a."actorId", COALESCE(a."at", CURRENT_TIMESTAMP)
FROM "Invitation" i
JOIN "Deadline" d ON d."campaignId" = i."campaignId" AND d."kind" = 'INVITATION_RESPONSE'
LEFT JOIN LATERAL (
  SELECT e."actorId", e."data", e."at" FROM "AuditEntry" e
  WHERE e."entityType" = 'invitation' AND e."entityId" = i."id" AND e."action" = 'invitation.deadline_extended'
  ORDER BY e."at" DESC, e."id" DESC LIMIT 1
) a ON TRUE
WHERE i."deadlineExtendedTo" IS NOT NULL;

-- AlterTable
ALTER TABLE "Invitation" DROP COLUMN "deadlineExtendedTo";

-- AlterTable
ALTER TABLE "InvitationCampaign" DROP COLUMN "responseDeadline",
DROP COLUMN "statementDeadline";

-- CreateIndex
CREATE INDEX "Deadline_campaignId_idx" ON "Deadline"("campaignId");

-- CreateIndex (NULLS NOT DISTINCT: one edition-wide row per kind, as before)
CREATE UNIQUE INDEX "Deadline_editionId_kind_campaignId_key" ON "Deadline"("editionId", "kind", "campaignId") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_deadlineId_invitationId_key" ON "DeadlineExtension"("deadlineId", "invitationId");

-- The letters' kinds belong to a campaign, the consultation's kinds to the edition; an extension
-- is for exactly one party. Triggers rather than CHECK constraints: Prisma's schema describer
-- cannot read CHECK constraints through the driver adapter, and ignores triggers.
CREATE FUNCTION deadline_scope_is_valid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."campaignId" IS NOT NULL) <> (NEW."kind" IN ('INVITATION_RESPONSE', 'POLICY_STATEMENT')) THEN
    RAISE EXCEPTION 'a % deadline % a campaign', NEW."kind",
      CASE WHEN NEW."campaignId" IS NULL THEN 'needs' ELSE 'cannot have' END USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Deadline_scope" BEFORE INSERT OR UPDATE ON "Deadline"
  FOR EACH ROW EXECUTE FUNCTION deadline_scope_is_valid();

CREATE FUNCTION deadline_extension_has_one_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF num_nonnulls(NEW."userId", NEW."organisationId", NEW."invitationId") <> 1 THEN
    RAISE EXCEPTION 'a deadline extension is for exactly one party' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "DeadlineExtension_one_party" BEFORE INSERT OR UPDATE ON "DeadlineExtension"
  FOR EACH ROW EXECUTE FUNCTION deadline_extension_has_one_party();

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "InvitationCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
