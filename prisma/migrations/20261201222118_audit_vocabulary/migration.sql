-- One casing of audit entity types: the Prisma model names (lib/audit/vocabulary.ts).
-- Entries written before the vocabulary used several ("submission", "Submission",
-- "policy_statement", "campaign"...). The map below is LEGACY_ENTITY_TYPES; a unit test keeps
-- them in step. The log is append-only, so the trigger is lifted for this one statement, inside
-- the migration's transaction, and put back before it commits.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";

UPDATE "AuditEntry" AS a
SET "entityType" = m.new_type
FROM (VALUES
  ('agendaSession', 'AgendaSession'),
  ('campaign', 'InvitationCampaign'),
  ('consultationPhase', 'ConsultationPhase'),
  ('deadline', 'Deadline'),
  ('edition', 'ForumEdition'),
  ('invitation', 'Invitation'),
  ('invitationCampaign', 'InvitationCampaign'),
  ('outboxMessage', 'OutboxMessage'),
  ('policy_statement', 'PolicyStatement'),
  ('room', 'Room'),
  ('sign_in', 'SignIn'),
  ('submission', 'Submission'),
  ('user', 'User')
) AS m(old_type, new_type)
WHERE a."entityType" = m.old_type;

ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";
