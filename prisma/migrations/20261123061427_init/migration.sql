-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECRETARIAT', 'DELEGATE', 'STAKEHOLDER');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('ar', 'zh', 'en', 'fr', 'ru', 'es');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('ON_SITE', 'REMOTE');

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('OPENING', 'PHYSICAL_MEETING', 'DEADLINE', 'FINAL_REVIEW', 'FINAL_BRIEF', 'ONLINE');

-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('CONTRIBUTION', 'WORKSHOP_REQUEST', 'FACILITATOR_NOMINATION', 'REGIONAL_INPUT');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('INVITATION_RESPONSE', 'POLICY_STATEMENT', 'CONTRIBUTION', 'WORKSHOP_REQUEST', 'FACILITATOR_NOMINATION', 'REGIONAL_INPUT', 'MEETING_REGISTRATION');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CIRCULAR_LETTER', 'LETTER', 'REPORT');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('NOT_SENT', 'SENT', 'VIEWED', 'CONFIRMED', 'DECLINED', 'BOUNCED', 'REVOKED');

-- CreateEnum
CREATE TYPE "ConfirmationDecision" AS ENUM ('ATTENDING', 'DECLINED');

-- CreateEnum
CREATE TYPE "ConfirmationState" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ProtocolCategory" AS ENUM ('HEAD_OF_STATE_OR_GOVERNMENT', 'MINISTER', 'DEPUTY_MINISTER', 'AMBASSADOR_OR_HEAD_OF_REGULATOR', 'OTHER');

-- CreateEnum
CREATE TYPE "PolicyStatementStatus" AS ENUM ('REQUESTED', 'SUBMITTED', 'SCHEDULED', 'DELIVERED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'REVISIONS_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'MERGED', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "ContributionTopic" AS ENUM ('THEMATIC_ASPECTS', 'FORMAT_INNOVATIONS');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('LEAD_ORGANISER', 'CO_ORGANISER', 'SPEAKER');

-- CreateEnum
CREATE TYPE "RegistrationMode" AS ENUM ('IN_PERSON', 'REMOTE');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ACCEPT', 'DECLINE', 'REQUEST_REVISIONS', 'MERGE', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "Track" AS ENUM ('HIGH_LEVEL', 'FORUM');

-- CreateEnum
CREATE TYPE "SessionType" AS ENUM ('OPENING', 'POLICY_STATEMENTS', 'POLICY_DIALOGUE', 'PRIZES_CEREMONY', 'NETWORKING', 'WORKSHOP', 'THEMATIC', 'COUNTRY_WORKSHOP', 'CLOSING');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'STAKEHOLDER',
    "preferredLanguage" "Language" NOT NULL DEFAULT 'en',
    "jobTitle" TEXT,
    "organisationId" TEXT,
    "countryCode" TEXT,
    "stakeholderTypeCode" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "UnRegion" (
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "UnRegion_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MemberState" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "numeric" CHAR(3) NOT NULL,
    "name" JSONB NOT NULL,
    "regionCode" TEXT NOT NULL,
    "subregion" TEXT NOT NULL,

    CONSTRAINT "MemberState_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "StakeholderType" (
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "StakeholderType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ActionLine" (
    "code" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" JSONB NOT NULL,

    CONSTRAINT "ActionLine_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Sdg" (
    "number" INTEGER NOT NULL,
    "title" JSONB NOT NULL,

    CONSTRAINT "Sdg_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "stakeholderTypeCode" TEXT NOT NULL,
    "countryCode" TEXT,
    "website" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumEdition" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "theme" JSONB NOT NULL,
    "description" JSONB,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "venue" JSONB NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Zurich',
    "hltStartDate" DATE,
    "hltEndDate" DATE,
    "coOrganisers" TEXT[],
    "host" TEXT NOT NULL DEFAULT 'ITU',
    "status" "EditionStatus" NOT NULL DEFAULT 'PUBLISHED',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "datesIndicative" BOOLEAN NOT NULL DEFAULT false,
    "compilationPublishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationPhase" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "activities" TEXT[],
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "location" JSONB,
    "remoteParticipation" BOOLEAN NOT NULL DEFAULT false,
    "datesIndicative" BOOLEAN NOT NULL DEFAULT false,
    "opensKinds" "SubmissionKind"[],

    CONSTRAINT "ConsultationPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "opensAt" TIMESTAMPTZ(3),
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "modificationClosesAt" TIMESTAMPTZ(3),
    "indicative" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" TEXT NOT NULL,
    "deadlineId" TEXT NOT NULL,
    "userId" TEXT,
    "organisationId" TEXT,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "date" DATE NOT NULL,
    "editionId" TEXT,
    "addressees" JSONB NOT NULL,
    "subject" JSONB NOT NULL,
    "signatory" JSONB,
    "contact" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "isOriginal" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationCampaign" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "documentId" TEXT,
    "symbol" TEXT NOT NULL,
    "letterDate" DATE NOT NULL,
    "subject" JSONB NOT NULL,
    "responseDeadline" TIMESTAMPTZ(3) NOT NULL,
    "statementDeadline" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvitationCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "memberStateCode" CHAR(2) NOT NULL,
    "addresseeName" TEXT NOT NULL,
    "addresseeTitle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "tokenHash" TEXT,
    "status" "InvitationStatus" NOT NULL DEFAULT 'NOT_SENT',
    "sentAt" TIMESTAMPTZ(3),
    "viewedAt" TIMESTAMPTZ(3),
    "respondedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "bouncedAt" TIMESTAMPTZ(3),
    "deadlineExtendedTo" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationConfirmation" (
    "id" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "decision" "ConfirmationDecision" NOT NULL,
    "state" "ConfirmationState" NOT NULL DEFAULT 'DRAFT',
    "declineReason" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ParticipationConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" TEXT NOT NULL,
    "confirmationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "isHead" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "email" TEXT,
    "role" TEXT,
    "attendance" "Attendance" NOT NULL DEFAULT 'ON_SITE',

    CONSTRAINT "DelegationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyStatement" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "memberStateCode" CHAR(2) NOT NULL,
    "invitationId" TEXT,
    "speakerName" TEXT NOT NULL,
    "speakerTitle" TEXT NOT NULL,
    "protocolCategory" "ProtocolCategory" NOT NULL,
    "language" "Language" NOT NULL,
    "text" TEXT,
    "fileId" TEXT,
    "timeLimitMinutes" INTEGER NOT NULL DEFAULT 3,
    "status" "PolicyStatementStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "scheduledSessionId" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PolicyStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" TEXT NOT NULL,
    "organisationId" TEXT,
    "countryCode" TEXT,
    "title" TEXT NOT NULL,
    "normalizedTitle" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "language" "Language" NOT NULL,
    "topic" "ContributionTopic",
    "details" JSONB NOT NULL DEFAULT '{}',
    "nomineeKey" TEXT,
    "attachmentId" TEXT,
    "bindingConfirmedAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "revisionDueAt" TIMESTAMPTZ(3),
    "mergedIntoId" TEXT,
    "duplicateOfId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "stakeholderTypeCode" TEXT NOT NULL,
    "countryCode" TEXT,
    "gender" "Gender",
    "attendance" "Attendance",

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "phaseId" TEXT,
    "title" JSONB NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" JSONB NOT NULL,
    "capacity" INTEGER,
    "remoteAvailable" BOOLEAN NOT NULL DEFAULT true,
    "remoteDetails" TEXT,
    "registrationClosesAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRegistration" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mode" "RegistrationMode" NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "MeetingRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionTopic" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DiscussionTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionPost" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "parentId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),

    CONSTRAINT "DiscussionPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostReport" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PostReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "relevance" INTEGER,
    "stakeholderBalance" INTEGER,
    "geographicDiversity" INTEGER,
    "genderBalance" INTEGER,
    "developingCountries" INTEGER,
    "comment" TEXT,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scoredAt" TIMESTAMPTZ(3),

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "messageToSubmitter" TEXT,
    "revisionDueAt" TIMESTAMPTZ(3),
    "targetId" TEXT,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternalNote" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternalNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "capacity" INTEGER,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaSession" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "roomId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "track" "Track" NOT NULL,
    "type" "SessionType" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "languages" "Language"[],
    "speakers" JSONB NOT NULL DEFAULT '[]',
    "submissionId" TEXT,

    CONSTRAINT "AgendaSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaPublication" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "to" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ActionLineToSubmission" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActionLineToSubmission_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ActionLineToAgendaSession" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ActionLineToAgendaSession_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_SdgToSubmission" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SdgToSubmission_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AgendaSessionToSdg" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AgendaSessionToSdg_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_alpha3_key" ON "MemberState"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_numeric_key" ON "MemberState"("numeric");

-- CreateIndex
CREATE INDEX "MemberState_regionCode_idx" ON "MemberState"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "ActionLine_number_key" ON "ActionLine"("number");

-- CreateIndex
CREATE INDEX "Organisation_normalizedName_idx" ON "Organisation"("normalizedName");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_normalizedName_countryCode_key" ON "Organisation"("normalizedName", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "ForumEdition_year_key" ON "ForumEdition"("year");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationPhase_editionId_number_key" ON "ConsultationPhase"("editionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_editionId_kind_key" ON "Deadline"("editionId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_deadlineId_userId_key" ON "DeadlineExtension"("deadlineId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_deadlineId_organisationId_key" ON "DeadlineExtension"("deadlineId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Document_symbol_key" ON "Document"("symbol");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_language_key" ON "DocumentVersion"("documentId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "InvitationCampaign_editionId_symbol_key" ON "InvitationCampaign"("editionId", "symbol");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "Invitation_editionId_status_idx" ON "Invitation"("editionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_campaignId_memberStateCode_key" ON "Invitation"("campaignId", "memberStateCode");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipationConfirmation_invitationId_key" ON "ParticipationConfirmation"("invitationId");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipationConfirmation_reference_key" ON "ParticipationConfirmation"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationMember_confirmationId_position_key" ON "DelegationMember"("confirmationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyStatement_invitationId_key" ON "PolicyStatement"("invitationId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyStatement_fileId_key" ON "PolicyStatement"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyStatement_editionId_memberStateCode_key" ON "PolicyStatement"("editionId", "memberStateCode");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_reference_key" ON "Submission"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_attachmentId_key" ON "Submission"("attachmentId");

-- CreateIndex
CREATE INDEX "Submission_editionId_kind_status_idx" ON "Submission"("editionId", "kind", "status");

-- CreateIndex
CREATE INDEX "Submission_authorId_idx" ON "Submission"("authorId");

-- CreateIndex
CREATE INDEX "Submission_normalizedTitle_idx" ON "Submission"("normalizedTitle");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_editionId_nomineeKey_key" ON "Submission"("editionId", "nomineeKey");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_submissionId_role_position_key" ON "WorkshopParticipant"("submissionId", "role", "position");

-- CreateIndex
CREATE INDEX "MeetingRegistration_meetingId_status_createdAt_idx" ON "MeetingRegistration"("meetingId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRegistration_meetingId_userId_key" ON "MeetingRegistration"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "DiscussionPost_topicId_createdAt_idx" ON "DiscussionPost"("topicId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PostReport_postId_reporterId_key" ON "PostReport"("postId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_submissionId_reviewerId_key" ON "Review"("submissionId", "reviewerId");

-- CreateIndex
CREATE INDEX "Decision_submissionId_createdAt_idx" ON "Decision"("submissionId", "createdAt");

-- CreateIndex
CREATE INDEX "AgendaSession_editionId_startsAt_idx" ON "AgendaSession"("editionId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaSession_editionId_slug_key" ON "AgendaSession"("editionId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaPublication_editionId_version_key" ON "AgendaPublication"("editionId", "version");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_idx" ON "AuditEntry"("action");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "_ActionLineToSubmission_B_index" ON "_ActionLineToSubmission"("B");

-- CreateIndex
CREATE INDEX "_ActionLineToAgendaSession_B_index" ON "_ActionLineToAgendaSession"("B");

-- CreateIndex
CREATE INDEX "_SdgToSubmission_B_index" ON "_SdgToSubmission"("B");

-- CreateIndex
CREATE INDEX "_AgendaSessionToSdg_B_index" ON "_AgendaSessionToSdg"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "MemberState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stakeholderTypeCode_fkey" FOREIGN KEY ("stakeholderTypeCode") REFERENCES "StakeholderType"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberState" ADD CONSTRAINT "MemberState_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "UnRegion"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_stakeholderTypeCode_fkey" FOREIGN KEY ("stakeholderTypeCode") REFERENCES "StakeholderType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "MemberState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationPhase" ADD CONSTRAINT "ConsultationPhase_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_deadlineId_fkey" FOREIGN KEY ("deadlineId") REFERENCES "Deadline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCampaign" ADD CONSTRAINT "InvitationCampaign_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCampaign" ADD CONSTRAINT "InvitationCampaign_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCampaign" ADD CONSTRAINT "InvitationCampaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "InvitationCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_memberStateCode_fkey" FOREIGN KEY ("memberStateCode") REFERENCES "MemberState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationConfirmation" ADD CONSTRAINT "ParticipationConfirmation_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationConfirmation" ADD CONSTRAINT "ParticipationConfirmation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_confirmationId_fkey" FOREIGN KEY ("confirmationId") REFERENCES "ParticipationConfirmation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyStatement" ADD CONSTRAINT "PolicyStatement_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyStatement" ADD CONSTRAINT "PolicyStatement_memberStateCode_fkey" FOREIGN KEY ("memberStateCode") REFERENCES "MemberState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyStatement" ADD CONSTRAINT "PolicyStatement_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyStatement" ADD CONSTRAINT "PolicyStatement_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyStatement" ADD CONSTRAINT "PolicyStatement_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyStatement" ADD CONSTRAINT "PolicyStatement_scheduledSessionId_fkey" FOREIGN KEY ("scheduledSessionId") REFERENCES "AgendaSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "MemberState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_stakeholderTypeCode_fkey" FOREIGN KEY ("stakeholderTypeCode") REFERENCES "StakeholderType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "MemberState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "ConsultationPhase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionTopic" ADD CONSTRAINT "DiscussionTopic_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionTopic" ADD CONSTRAINT "DiscussionTopic_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionPost" ADD CONSTRAINT "DiscussionPost_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "DiscussionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionPost" ADD CONSTRAINT "DiscussionPost_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DiscussionPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionPost" ADD CONSTRAINT "DiscussionPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReport" ADD CONSTRAINT "PostReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DiscussionPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostReport" ADD CONSTRAINT "PostReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSession" ADD CONSTRAINT "AgendaSession_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSession" ADD CONSTRAINT "AgendaSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSession" ADD CONSTRAINT "AgendaSession_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaPublication" ADD CONSTRAINT "AgendaPublication_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaPublication" ADD CONSTRAINT "AgendaPublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToSubmission" ADD CONSTRAINT "_ActionLineToSubmission_A_fkey" FOREIGN KEY ("A") REFERENCES "ActionLine"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToSubmission" ADD CONSTRAINT "_ActionLineToSubmission_B_fkey" FOREIGN KEY ("B") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToAgendaSession" ADD CONSTRAINT "_ActionLineToAgendaSession_A_fkey" FOREIGN KEY ("A") REFERENCES "ActionLine"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ActionLineToAgendaSession" ADD CONSTRAINT "_ActionLineToAgendaSession_B_fkey" FOREIGN KEY ("B") REFERENCES "AgendaSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SdgToSubmission" ADD CONSTRAINT "_SdgToSubmission_A_fkey" FOREIGN KEY ("A") REFERENCES "Sdg"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SdgToSubmission" ADD CONSTRAINT "_SdgToSubmission_B_fkey" FOREIGN KEY ("B") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AgendaSessionToSdg" ADD CONSTRAINT "_AgendaSessionToSdg_A_fkey" FOREIGN KEY ("A") REFERENCES "AgendaSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AgendaSessionToSdg" ADD CONSTRAINT "_AgendaSessionToSdg_B_fkey" FOREIGN KEY ("B") REFERENCES "Sdg"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- Near-duplicate detection (organisations, submission titles) uses trigram similarity.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The audit log is append-only: no application path may edit or delete an entry.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
