import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadWindow, partyOf } from "@/lib/deadlines/queries";
import type { Window } from "@/lib/deadlines/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Attendance, BadgeCategory, ForumRegistrationStatus, Gender, Honorific, VisaLetterStatus } from "@/lib/generated/prisma/enums";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { NATIONALITY_CODES, parseExpressionOfInterest, type ExpressionOfInterest } from "./schemas";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** What the participant's own page shows and the form is filled with (never another person's row). */
const ownSelect = {
  id: true,
  givenNames: true,
  familyName: true,
  honorific: true,
  jobTitle: true,
  organisationId: true,
  stakeholderTypeCode: true,
  countryCode: true,
  gender: true,
  attendance: true,
  accessibilityNeeds: true,
  photoUpdatedAt: true,
  status: true,
  statusReason: true,
  category: true,
  invitationId: true,
  delegationMemberId: true,
  expressionOfInterest: true,
  badgeCode: true,
  submittedAt: true,
  invitation: { select: { memberStateCode: true } },
  organisation: { select: { name: true } },
  visaLetter: {
    select: {
      nationality: true,
      passportNumber: true,
      passportExpiry: true,
      dateOfBirth: true,
      swissRepresentation: true,
      letterLanguage: true,
      status: true,
      referenceNumber: true,
    },
  },
} as const satisfies Prisma.ForumRegistrationSelect;

type OwnRow = Prisma.ForumRegistrationGetPayload<{ select: typeof ownSelect }>;

export interface OwnRegistration extends Omit<OwnRow, "expressionOfInterest" | "visaLetter" | "invitation" | "badgeCode" | "photoUpdatedAt"> {
  hasPhoto: boolean;
  accredited: boolean;
  delegationState: string | null;
  interest: ExpressionOfInterest | null;
  visa: {
    nationality: string;
    passportNumber: string;
    passportExpiry: string;
    dateOfBirth: string;
    swissRepresentation: string;
    letterLanguage: "EN" | "FR";
    status: VisaLetterStatus;
    referenceNumber: string | null;
  } | null;
}

function toOwn(row: OwnRow): OwnRegistration {
  const { expressionOfInterest, visaLetter, invitation, badgeCode, photoUpdatedAt, ...rest } = row;
  return {
    ...rest,
    hasPhoto: photoUpdatedAt !== null,
    accredited: row.status === "ACCREDITED" && badgeCode !== null,
    delegationState: invitation?.memberStateCode ?? null,
    interest: parseExpressionOfInterest(expressionOfInterest),
    visa: visaLetter
      ? {
          nationality: visaLetter.nationality ?? "",
          passportNumber: visaLetter.passportNumber ?? "",
          passportExpiry: isoDay(visaLetter.passportExpiry),
          dateOfBirth: isoDay(visaLetter.dateOfBirth),
          swissRepresentation: visaLetter.swissRepresentation ?? "",
          letterLanguage: visaLetter.letterLanguage,
          status: visaLetter.status,
          referenceNumber: visaLetter.referenceNumber,
        }
      : null,
  };
}

export interface RegistrationPage {
  edition: { id: string; year: number; title: string; startDate: Date; endDate: Date };
  window: Window | null;
  registration: OwnRegistration | null;
}

/** The participant's registration page for an edition (null: no such edition). */
export async function getRegistrationPage(userId: string, year: number, locale: Locale): Promise<RegistrationPage | null> {
  const edition = await db.forumEdition.findUnique({
    where: { year },
    select: { id: true, year: true, title: true, startDate: true, endDate: true, status: true },
  });
  if (!edition || edition.status === "DRAFT") return null;
  const [window, row] = await Promise.all([
    partyOf(db, userId).then((party) => loadWindow(db, { editionId: edition.id, kind: "FORUM_REGISTRATION" }, party)),
    db.forumRegistration.findUnique({ where: { userId_editionId: { userId, editionId: edition.id } }, select: ownSelect }),
  ]);
  return {
    edition: { id: edition.id, year: edition.year, title: localizeText(edition.title, locale), startDate: edition.startDate, endDate: edition.endDate },
    window,
    registration: row ? toOwn(row) : null,
  };
}

/** What the profile already says, to fill a first registration. */
export async function getRegistrationDefaults(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { name: true, jobTitle: true, organisationId: true, stakeholderTypeCode: true, countryCode: true },
  });
}

/**
 * The roster's member behind a pre-filled invitation to register (the delegation's page mails
 * `?member=<id>`): only when the member's address is the signed-in user's, for this edition's
 * confirmed delegation. Anything else: null, the link simply does not pre-fill.
 */
export async function getDelegationMemberPrefill(memberId: string, userEmail: string, editionId: string) {
  if (!/^[\w-]{1,40}$/.test(memberId)) return null;
  const m = await db.delegationMember.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      name: true,
      gender: true,
      attendance: true,
      email: true,
      confirmation: { select: { invitation: { select: { editionId: true, status: true, memberStateCode: true } } } },
    },
  });
  const inv = m?.confirmation.invitation;
  if (!m || m.email?.toLowerCase() !== userEmail.toLowerCase() || inv?.editionId !== editionId || inv.status !== "CONFIRMED") return null;
  return { id: m.id, name: m.name, gender: m.gender, attendance: m.attendance, memberStateCode: inv.memberStateCode };
}

export interface Option {
  value: string;
  label: string;
}

/** The Member States whose participation in the edition is confirmed: the delegations one may claim. */
export async function listDelegationOptions(editionId: string, locale: Locale): Promise<Option[]> {
  const rows = await db.invitation.findMany({
    where: { editionId, status: "CONFIRMED", revokedAt: null },
    distinct: ["memberStateCode"],
    select: { memberState: { select: { code: true, name: true } } },
  });
  const c = new Intl.Collator(intlLocale(locale));
  return rows.map((r) => ({ value: r.memberState.code, label: localizeText(r.memberState.name, locale) })).sort((a, b) => c.compare(a.label, b.label));
}

/** Every country, named in the page's language: for the nationality of a visa request. */
export function listNationalityOptions(locale: Locale): Option[] {
  const names = new Intl.DisplayNames([intlLocale(locale)], { type: "region" });
  const c = new Intl.Collator(intlLocale(locale));
  return NATIONALITY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => c.compare(a.label, b.label));
}

/** The ids of organisations whose participants are accredited automatically (the form then skips the questionnaire). */
export async function listEligibleOrganisationIds(): Promise<string[]> {
  const rows = await db.organisation.findMany({ where: { accreditationEligible: true }, select: { id: true }, take: 5000 });
  return rows.map((r) => r.id);
}

/** The user's registrations, newest edition first: for My account. */
export async function listMyRegistrations(userId: string, locale: Locale) {
  const rows = await db.forumRegistration.findMany({
    where: { userId },
    orderBy: { edition: { year: "desc" } },
    select: { id: true, status: true, statusReason: true, edition: { select: { year: true, title: true } } },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, statusReason: r.statusReason, year: r.edition.year, title: localizeText(r.edition.title, locale) }));
}

/** The photo's bytes for its owner or the secretariat (callers decide who asks). */
export async function getRegistrationPhoto(id: string) {
  return db.forumRegistration.findUnique({ where: { id }, select: { userId: true, photo: true, photoUpdatedAt: true } });
}

// ---------------------------------------------------------------- the secretariat's queue

export interface QueueItem {
  id: string;
  name: string;
  honorific: Honorific;
  jobTitle: string | null;
  email: string;
  organisation: string | null;
  organisationEligible: boolean;
  stakeholderType: string;
  country: string;
  gender: Gender;
  attendance: Attendance;
  status: ForumRegistrationStatus;
  statusReason: string | null;
  category: BadgeCategory;
  submittedAt: Date;
  hasPhoto: boolean;
  visaRequested: boolean;
  accessibilityNeeds: string | null;
  interest: ExpressionOfInterest | null;
  edition: number;
}

/**
 * The registrations waiting for the secretariat: pending or answered requests for information,
 * of participants who claim no delegation (a delegation's focal point accredits its own), oldest
 * first. Passport data is not part of it.
 */
export async function listAccreditationQueue(
  _secretariat: Secretariat,
  locale: Locale,
  filter: { year?: number; status?: ForumRegistrationStatus } = {},
): Promise<QueueItem[]> {
  const rows = await db.forumRegistration.findMany({
    where: {
      invitationId: null,
      status: filter.status ?? { in: ["PENDING", "INFO_REQUESTED"] },
      ...(filter.year ? { edition: { year: filter.year } } : {}),
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      givenNames: true,
      familyName: true,
      honorific: true,
      jobTitle: true,
      gender: true,
      attendance: true,
      status: true,
      statusReason: true,
      category: true,
      submittedAt: true,
      photoUpdatedAt: true,
      accessibilityNeeds: true,
      expressionOfInterest: true,
      user: { select: { email: true } },
      organisation: { select: { name: true, accreditationEligible: true } },
      stakeholderType: { select: { name: true } },
      country: { select: { name: true } },
      visaLetter: { select: { id: true } },
      edition: { select: { year: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: `${r.givenNames} ${r.familyName}`,
    honorific: r.honorific,
    jobTitle: r.jobTitle,
    email: r.user.email,
    organisation: r.organisation?.name ?? null,
    organisationEligible: r.organisation?.accreditationEligible ?? false,
    stakeholderType: localizeText(r.stakeholderType.name, locale),
    country: localizeText(r.country.name, locale),
    gender: r.gender,
    attendance: r.attendance,
    status: r.status,
    statusReason: r.statusReason,
    category: r.category,
    submittedAt: r.submittedAt,
    hasPhoto: r.photoUpdatedAt !== null,
    visaRequested: r.visaLetter !== null,
    accessibilityNeeds: r.accessibilityNeeds,
    interest: parseExpressionOfInterest(r.expressionOfInterest),
    edition: r.edition.year,
  }));
}
