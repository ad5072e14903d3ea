-- CreateEnum
CREATE TYPE "ForumRegistrationStatus" AS ENUM ('PENDING', 'ACCREDITED', 'INFO_REQUESTED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BadgeCategory" AS ENUM ('DELEGATE', 'HIGH_LEVEL', 'SPEAKER', 'PARTICIPANT', 'MEDIA', 'SECRETARIAT');

-- CreateEnum
CREATE TYPE "Honorific" AS ENUM ('MR', 'MS', 'MX', 'DR', 'PROF', 'HE');

-- CreateEnum
CREATE TYPE "VisaLetterLanguage" AS ENUM ('EN', 'FR');

-- CreateEnum
CREATE TYPE "VisaLetterStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "DeadlineKind" ADD VALUE 'FORUM_REGISTRATION';

-- AlterTable
ALTER TABLE "DelegationMember" ADD COLUMN     "registrationInvitedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ForumEdition" ADD COLUMN     "remoteConnectionDetails" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "accreditationEligible" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ForumRegistration" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "givenNames" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "honorific" "Honorific" NOT NULL,
    "jobTitle" TEXT,
    "organisationId" TEXT,
    "stakeholderTypeCode" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "gender" "Gender" NOT NULL,
    "attendance" "Attendance" NOT NULL,
    "accessibilityNeeds" TEXT,
    "photo" BYTEA,
    "photoUpdatedAt" TIMESTAMPTZ(3),
    "privacyConsentAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ForumRegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "category" "BadgeCategory" NOT NULL DEFAULT 'PARTICIPANT',
    "invitationId" TEXT,
    "delegationMemberId" TEXT,
    "expressionOfInterest" JSONB,
    "badgeCode" TEXT,
    "locale" "Language" NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "accreditedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisaLetterRequest" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "nationality" TEXT,
    "passportNumber" TEXT,
    "passportExpiry" DATE,
    "dateOfBirth" DATE,
    "swissRepresentation" TEXT,
    "letterLanguage" "VisaLetterLanguage" NOT NULL,
    "status" "VisaLetterStatus" NOT NULL DEFAULT 'REQUESTED',
    "statusReason" TEXT,
    "referenceNumber" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VisaLetterRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "desk" TEXT NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedInById" TEXT,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocalPoint" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "memberStateCode" CHAR(2) NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "userId" TEXT,
    "namedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FocalPoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForumRegistration_delegationMemberId_key" ON "ForumRegistration"("delegationMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumRegistration_badgeCode_key" ON "ForumRegistration"("badgeCode");

-- CreateIndex
CREATE INDEX "ForumRegistration_editionId_status_idx" ON "ForumRegistration"("editionId", "status");

-- CreateIndex
CREATE INDEX "ForumRegistration_invitationId_idx" ON "ForumRegistration"("invitationId");

-- CreateIndex
CREATE INDEX "ForumRegistration_organisationId_idx" ON "ForumRegistration"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumRegistration_userId_editionId_key" ON "ForumRegistration"("userId", "editionId");

-- CreateIndex
CREATE UNIQUE INDEX "VisaLetterRequest_registrationId_key" ON "VisaLetterRequest"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "VisaLetterRequest_referenceNumber_key" ON "VisaLetterRequest"("referenceNumber");

-- CreateIndex
CREATE INDEX "VisaLetterRequest_status_idx" ON "VisaLetterRequest"("status");

-- CreateIndex
CREATE INDEX "CheckIn_day_idx" ON "CheckIn"("day");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_registrationId_day_key" ON "CheckIn"("registrationId", "day");

-- CreateIndex
CREATE INDEX "FocalPoint_email_idx" ON "FocalPoint"("email");

-- CreateIndex
CREATE INDEX "FocalPoint_userId_idx" ON "FocalPoint"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FocalPoint_editionId_memberStateCode_email_key" ON "FocalPoint"("editionId", "memberStateCode", "email");

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_stakeholderTypeCode_fkey" FOREIGN KEY ("stakeholderTypeCode") REFERENCES "StakeholderType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "MemberState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_delegationMemberId_fkey" FOREIGN KEY ("delegationMemberId") REFERENCES "DelegationMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisaLetterRequest" ADD CONSTRAINT "VisaLetterRequest_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "ForumRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisaLetterRequest" ADD CONSTRAINT "VisaLetterRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "ForumRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "ForumEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_memberStateCode_fkey" FOREIGN KEY ("memberStateCode") REFERENCES "MemberState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_namedById_fkey" FOREIGN KEY ("namedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
