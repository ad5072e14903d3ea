// Factories for Forum registration: an edition with its FORUM_REGISTRATION window, and a
// registration row made directly (the service's own tests go through the service).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Attendance, BadgeCategory, ForumRegistrationStatus } from "@/lib/generated/prisma/enums";
import { newBadgeCode } from "@/lib/registrations/badge-code";
import { genevaTime } from "@/lib/time/geneva";
import { createEdition } from "./core";
import { createOrganisation, createStakeholder, ensureReferenceData } from "./consultation";

/** An edition whose Forum registration is open from `opensAt` (default 2029) until `closesAt`. */
export async function createRegistrationEdition(db: PrismaClient, window: { opensAt?: Date; closesAt: Date } = { closesAt: genevaTime(2099, 1, 1) }) {
  await ensureReferenceData(db);
  return createEdition(db, { deadlines: { FORUM_REGISTRATION: { opensAt: window.opensAt ?? genevaTime(2029, 1, 1), closesAt: window.closesAt } } });
}

/** A registration row as the service would store it (PENDING unless told otherwise; an accredited one has a badge code). */
export async function createForumRegistration(
  db: PrismaClient,
  args: {
    editionId: string;
    userId?: string;
    organisationId?: string;
    status?: ForumRegistrationStatus;
    category?: BadgeCategory;
    attendance?: Attendance;
    badgeCode?: string | null;
    invitationId?: string | null;
    delegationMemberId?: string | null;
    givenNames?: string;
    familyName?: string;
  },
) {
  await ensureReferenceData(db);
  const organisationId = args.organisationId ?? (await createOrganisation(db)).id;
  const userId = args.userId ?? (await createStakeholder(db, { organisationId })).id;
  const status = args.status ?? "PENDING";
  return db.forumRegistration.create({
    data: {
      editionId: args.editionId,
      userId,
      givenNames: args.givenNames ?? "Amina",
      familyName: args.familyName ?? "Wanjiru",
      honorific: "MS",
      organisationId,
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: "KE",
      gender: "FEMALE",
      attendance: args.attendance ?? "ON_SITE",
      privacyConsentAt: new Date(),
      status,
      category: args.category ?? "PARTICIPANT",
      badgeCode: args.badgeCode !== undefined ? args.badgeCode : status === "ACCREDITED" ? newBadgeCode() : null,
      invitationId: args.invitationId ?? null,
      delegationMemberId: args.delegationMemberId ?? null,
      locale: "en",
      accreditedAt: status === "ACCREDITED" ? new Date() : null,
    },
  });
}
