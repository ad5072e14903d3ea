// Arranging Forum registrations for the secretariat-side tests (focal points, roster, lists,
// exports, erasure): plain rows with obvious defaults, each overridable.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Attendance, ForumRegistrationStatus, Gender } from "@/lib/generated/prisma/enums";
import { stakeholderTypes } from "@/lib/reference/catalog";
import { calendarDay } from "@/lib/time/geneva";
import { createUser } from "../../factories/core";
import { uniqueEmail } from "../../helpers/database";

export async function ensureStakeholderTypes(db: PrismaClient) {
  await db.stakeholderType.createMany({ data: [...stakeholderTypes], skipDuplicates: true });
}

export interface RegistrationOverrides {
  email?: string;
  givenNames?: string;
  familyName?: string;
  countryCode?: string;
  gender?: Gender;
  attendance?: Attendance;
  status?: ForumRegistrationStatus;
  stakeholderTypeCode?: string;
  invitationId?: string | null;
  visa?: { passportNumber: string; nationality?: string } | null;
}

/** A registration of a new user for the edition (pending, on site, Swiss, government, no visa letter unless asked). */
export async function createRegistration(db: PrismaClient, editionId: string, o: RegistrationOverrides = {}) {
  const user = await createUser(db, { email: o.email ?? uniqueEmail("participant") });
  return db.forumRegistration.create({
    data: {
      editionId,
      userId: user.id,
      givenNames: o.givenNames ?? "Amina",
      familyName: o.familyName ?? "Diallo",
      honorific: "MS",
      jobTitle: "Adviser",
      stakeholderTypeCode: o.stakeholderTypeCode ?? "GOVERNMENT",
      countryCode: o.countryCode ?? "CH",
      gender: o.gender ?? "FEMALE",
      attendance: o.attendance ?? "ON_SITE",
      privacyConsentAt: new Date(),
      status: o.status ?? "PENDING",
      invitationId: o.invitationId ?? null,
      locale: "en",
      ...(o.visa
        ? {
            visaLetter: {
              create: {
                nationality: o.visa.nationality ?? "SN",
                passportNumber: o.visa.passportNumber,
                passportExpiry: calendarDay(2031, 3, 1),
                dateOfBirth: calendarDay(1980, 5, 17),
                swissRepresentation: "Embassy of Switzerland in Dakar",
                letterLanguage: "FR",
              },
            },
          }
        : {}),
    },
    include: { user: true },
  });
}
