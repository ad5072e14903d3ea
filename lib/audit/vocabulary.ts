// The audit log's vocabulary: which entities an entry is about, and what happened to them.
// Plain data (no "server-only") so the agenda publisher, scripts and tests can name them too.
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Entity types are the Prisma model names (one casing: PascalCase), so `entityId` is the id of a
 * row of that model. Stored rows written before this list existed were rewritten by the
 * migration `audit_vocabulary`.
 */
export const AUDIT_MODEL_ENTITY_TYPES = [
  "AgendaPublication",
  "AgendaSession",
  "CheckIn",
  "ConsultationPhase",
  "Deadline",
  "DelegationMember",
  "DiscussionPost",
  "DiscussionTopic",
  "FocalPoint",
  "ForumEdition",
  "ForumRegistration",
  "Invitation",
  "InvitationCampaign",
  "Organisation",
  "OutboxMessage",
  "PolicyStatement",
  "Room",
  "Submission",
  "User",
  "VisaLetterRequest",
] as const satisfies readonly Prisma.ModelName[];

/** Subjects that are not rows, in the same casing: "SignIn" (its id is the e-mail address asked for). */
export const AUDIT_OTHER_ENTITY_TYPES = ["SignIn"] as const;

export const AUDIT_ENTITY_TYPES = [...AUDIT_MODEL_ENTITY_TYPES, ...AUDIT_OTHER_ENTITY_TYPES] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Actions: "<subject>.<past tense>", lower snake case. The audit viewer filters on the prefix. */
export const AUDIT_ACTIONS = [
  "agenda.published",
  "badge.downloaded",
  "campaign.addressees_imported",
  "campaign.created",
  "check_in.recorded",
  "compilation.published",
  "compilation.withdrawn",
  "deadline.created",
  "deadline.extension_granted",
  "deadline.extension_revoked",
  "deadline.moved",
  "deadline.updated",
  "discussion.post_hidden",
  "discussion.topic_closed",
  "discussion.topic_opened",
  "edition.created",
  "edition.updated",
  "export.downloaded",
  "focal_point.named",
  "focal_point.removed",
  "invitation.bounced",
  "invitation.confirmed",
  "invitation.created",
  "invitation.deadline_extended",
  "invitation.declined",
  "invitation.delegation_changed",
  "invitation.email_changed",
  "invitation.extension_revoked",
  "invitation.resent",
  "invitation.revoked",
  "invitation.sent",
  "mail.resent",
  "note.added",
  "organisation.accreditation_eligibility_changed",
  "phase.created",
  "phase.moved",
  "phase.updated",
  "policy_statement.delivered",
  "policy_statement.published",
  "policy_statement.request_changed",
  "policy_statement.requested",
  "policy_statement.scheduled",
  "policy_statement.submitted",
  "regional_input.recorded",
  "registration.accredited",
  "registration.cancelled",
  "registration.category_changed",
  "registration.info_requested",
  "registration.invited",
  "registration.passport_data_erased",
  "registration.rejected",
  "registration.submitted",
  "registration.updated",
  "reminder.sent",
  "review.assigned",
  "review.scored",
  "room.created",
  "second_factor.enrolled",
  "second_factor.recovery_code_used",
  "second_factor.recovery_codes_renewed",
  "second_factor.removed",
  "session.created",
  "session.deleted",
  "session.placed",
  "session.updated",
  "sign_in.blocked",
  "staff.invited",
  "staff.removed",
  "submission.decided",
  "submission.submitted",
  "submission.withdrawn",
  "user.created_from_cli",
  "visa_letter.approved",
  "visa_letter.downloaded",
  "visa_letter.erased",
  "visa_letter.rejected",
  "visa_letter.requested",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The entity types stored before the vocabulary, and what they became. The migration
 * `audit_vocabulary` applies exactly this map; a unit test keeps the two in step.
 */
export const LEGACY_ENTITY_TYPES: Readonly<Record<string, AuditEntityType>> = {
  agendaSession: "AgendaSession",
  campaign: "InvitationCampaign",
  consultationPhase: "ConsultationPhase",
  deadline: "Deadline",
  edition: "ForumEdition",
  invitation: "Invitation",
  invitationCampaign: "InvitationCampaign",
  outboxMessage: "OutboxMessage",
  policy_statement: "PolicyStatement",
  room: "Room",
  sign_in: "SignIn",
  submission: "Submission",
  user: "User",
};

const entityTypes = new Set<string>(AUDIT_ENTITY_TYPES);
export const isAuditEntityType = (value: string): value is AuditEntityType => entityTypes.has(value);
