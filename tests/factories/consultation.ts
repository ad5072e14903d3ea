// Factories for the open consultation: reference rows (upserted, shared by every test file of
// the run), stakeholders with a complete profile, editions with windows, meetings, topics.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DeadlineKind } from "@/lib/generated/prisma/enums";
import { foldText } from "@/lib/submissions/fold";
import { actionLines, sdgs, stakeholderTypes, unRegions } from "@/lib/reference/catalog";
import { uniqueEmail } from "../helpers/database";
import { createEdition, createUser } from "./core";

const TEST_STATES = [
  { code: "CH", alpha3: "CHE", numeric: "756", regionCode: "europe", subregion: "Western Europe", name: { en: "Switzerland" } },
  { code: "KE", alpha3: "KEN", numeric: "404", regionCode: "africa", subregion: "Eastern Africa", name: { en: "Kenya" } },
  { code: "EG", alpha3: "EGY", numeric: "818", regionCode: "africa", subregion: "Northern Africa", name: { en: "Egypt" } },
];

let referenceReady: Promise<void> | undefined;

/** The catalog rows submissions refer to (stakeholder types, Action Lines, SDGs, a few States). */
export function ensureReferenceData(db: PrismaClient): Promise<void> {
  return (referenceReady ??= (async () => {
    await db.unRegion.createMany({ data: unRegions.map((r) => ({ code: r.code, name: r.name, sortOrder: r.sortOrder })), skipDuplicates: true });
    await db.memberState.createMany({ data: TEST_STATES, skipDuplicates: true });
    await db.stakeholderType.createMany({ data: stakeholderTypes.map((s) => ({ code: s.code, name: s.name, sortOrder: s.sortOrder })), skipDuplicates: true });
    await db.actionLine.createMany({ data: actionLines.map((a) => ({ code: a.code, number: a.number, title: a.title })), skipDuplicates: true });
    await db.sdg.createMany({ data: sdgs.map((s) => ({ number: s.number, title: s.title })), skipDuplicates: true });
  })());
}

let orgCounter = 0;

export async function createOrganisation(db: PrismaClient, overrides: { name?: string; countryCode?: string; accreditationEligible?: boolean } = {}) {
  await ensureReferenceData(db);
  const name = overrides.name ?? `Test Organisation ${Date.now().toString(36)} ${++orgCounter}`;
  return db.organisation.create({
    data: {
      name,
      normalizedName: foldText(name),
      stakeholderTypeCode: "CIVIL_SOCIETY",
      countryCode: overrides.countryCode ?? "CH",
      accreditationEligible: overrides.accreditationEligible ?? false,
    },
  });
}

/** A stakeholder with a complete profile (name, organisation, type, country, language). */
export async function createStakeholder(
  db: PrismaClient,
  overrides: { organisationId?: string; language?: "en" | "ar" | "fr"; name?: string; email?: string } = {},
) {
  await ensureReferenceData(db);
  const organisationId = overrides.organisationId ?? (await createOrganisation(db)).id;
  const user = await createUser(db, { email: overrides.email ?? uniqueEmail("stakeholder"), name: overrides.name ?? "Amina Stakeholder" });
  return db.user.update({
    where: { id: user.id },
    data: { organisationId, stakeholderTypeCode: "CIVIL_SOCIETY", countryCode: "KE", preferredLanguage: overrides.language ?? "en" },
  });
}

/** An edition with the given windows (kind -> [opensAt, closesAt]). */
export async function createConsultationEdition(db: PrismaClient, windows: Partial<Record<DeadlineKind, [Date, Date]>>) {
  await ensureReferenceData(db);
  return createEdition(db, {
    deadlines: Object.fromEntries(Object.entries(windows).map(([kind, [opensAt, closesAt]]) => [kind, { opensAt, closesAt }])),
  });
}

export async function grantExtension(
  db: PrismaClient,
  args: { editionId: string; kind: DeadlineKind; closesAt: Date; userId?: string; organisationId?: string },
) {
  const deadline = await db.deadline.findFirstOrThrow({ where: { editionId: args.editionId, kind: args.kind, campaignId: null } });
  const grantor = await createUser(db, { role: "SECRETARIAT" });
  return db.deadlineExtension.create({
    data: {
      deadlineId: deadline.id,
      userId: args.userId ?? null,
      organisationId: args.organisationId ?? null,
      closesAt: args.closesAt,
      reason: "test",
      grantedById: grantor.id,
    },
  });
}

export async function createMeeting(
  db: PrismaClient,
  args: { editionId: string; startsAt: Date; capacity?: number | null; remoteDetails?: string | null; registrationClosesAt?: Date | null },
) {
  return db.meeting.create({
    data: {
      editionId: args.editionId,
      title: { en: "Consultation meeting", fr: "Réunion de consultation" },
      startsAt: args.startsAt,
      endsAt: new Date(args.startsAt.getTime() + 90 * 60_000),
      venue: { en: "ITU headquarters, Geneva" },
      capacity: args.capacity === undefined ? 3 : args.capacity,
      remoteAvailable: true,
      remoteDetails: args.remoteDetails === undefined ? "https://itu.zoom.example/j/123 (passcode 4242)" : args.remoteDetails,
      registrationClosesAt: args.registrationClosesAt ?? null,
    },
  });
}
