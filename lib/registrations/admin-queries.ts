import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import type { Series } from "@/lib/statistics/queries";
import type { RegistrationFilter } from "./admin-schemas";

export const REGISTRATIONS_PAGE_SIZE = 50;

/** The filters as a where clause (shared by the list and its export of the same rows). */
export function registrationWhere(editionId: string, f: Omit<RegistrationFilter, "edition" | "page">): Prisma.ForumRegistrationWhereInput {
  const q = f.q?.trim();
  return {
    editionId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.stakeholderType ? { stakeholderTypeCode: f.stakeholderType } : {}),
    ...(f.region ? { country: { regionCode: f.region } } : {}),
    ...(f.gender ? { gender: f.gender } : {}),
    ...(f.attendance ? { attendance: f.attendance } : {}),
    ...(f.visa === "yes" ? { visaLetter: { isNot: null } } : f.visa === "no" ? { visaLetter: { is: null } } : {}),
    ...(q
      ? {
          OR: [
            { givenNames: { contains: q, mode: "insensitive" } },
            { familyName: { contains: q, mode: "insensitive" } },
            { user: { email: { contains: q, mode: "insensitive" } } },
            { organisation: { name: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

/** One page of an edition's registrations, filtered; never any passport data. */
export async function listRegistrations(_secretariat: Secretariat, editionId: string, filter: RegistrationFilter, locale: Locale) {
  const where = registrationWhere(editionId, filter);
  const total = await db.forumRegistration.count({ where });
  const pages = Math.max(1, Math.ceil(total / REGISTRATIONS_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  const rows = await db.forumRegistration.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * REGISTRATIONS_PAGE_SIZE,
    take: REGISTRATIONS_PAGE_SIZE,
    select: {
      id: true,
      honorific: true,
      givenNames: true,
      familyName: true,
      status: true,
      category: true,
      gender: true,
      attendance: true,
      submittedAt: true,
      organisation: { select: { name: true } },
      stakeholderType: { select: { name: true } },
      country: { select: { code: true, name: true } },
      invitation: { select: { memberStateCode: true } },
      visaLetter: { select: { status: true } },
      user: { select: { email: true } },
    },
  });
  return {
    total,
    page,
    pages,
    rows: rows.map((r) => ({ ...r, stakeholderTypeName: localizeText(r.stakeholderType.name, locale), countryName: localizeText(r.country.name, locale) })),
  };
}

/** The choices of the list's filters that come from the catalogue (stakeholder types, UN regions), named in the page language. */
export async function listRegistrationFilterOptions(_secretariat: Secretariat, locale: Locale) {
  const [types, regions] = await Promise.all([
    db.stakeholderType.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.unRegion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
  ]);
  return {
    stakeholderTypes: types.map((t) => ({ value: t.code, label: localizeText(t.name, locale) })),
    regions: regions.map((r) => ({ value: r.code, label: localizeText(r.name, locale) })),
  };
}

export interface RegistrationStatistics {
  total: number;
  accredited: number;
  byStatus: Series[];
  byGender: Series[];
  byRegion: Series[];
  byStakeholderType: Series[];
  byAttendance: Series[];
}

/**
 * An edition's registrations in numbers: by status, and (counting the participants, that is
 * every registration not cancelled or rejected) by gender, by the UN region of their country, by
 * stakeholder type and by on-site or remote attendance.
 */
export async function registrationStatistics(_secretariat: Secretariat, editionId: string, locale: Locale): Promise<RegistrationStatistics> {
  const counted = { editionId, status: { notIn: ["CANCELLED", "REJECTED"] } } satisfies Prisma.ForumRegistrationWhereInput;
  const [statuses, genders, types, attendance, regions, typeNames, regionNames] = await Promise.all([
    db.forumRegistration.groupBy({ by: ["status"], where: { editionId }, _count: { _all: true } }),
    db.forumRegistration.groupBy({ by: ["gender"], where: counted, _count: { _all: true } }),
    db.forumRegistration.groupBy({ by: ["stakeholderTypeCode"], where: counted, _count: { _all: true } }),
    db.forumRegistration.groupBy({ by: ["attendance"], where: counted, _count: { _all: true } }),
    db.$queryRaw<{ key: string; count: bigint }[]>`
      SELECT m."regionCode" AS key, count(*) AS count FROM "ForumRegistration" r JOIN "MemberState" m ON m.code = r."countryCode"
       WHERE r."editionId" = ${editionId} AND r.status NOT IN ('CANCELLED', 'REJECTED') GROUP BY 1`,
    db.stakeholderType.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.unRegion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
  ]);
  const byStatus = (["PENDING", "INFO_REQUESTED", "ACCREDITED", "REJECTED", "CANCELLED"] as const).map((s) => ({
    key: s,
    label: null,
    count: statuses.find((r) => r.status === s)?._count._all ?? 0,
  }));
  return {
    total: byStatus.reduce((n, s) => n + s.count, 0),
    accredited: byStatus.find((s) => s.key === "ACCREDITED")!.count,
    byStatus,
    byGender: (["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const).map((g) => ({
      key: g,
      label: null,
      count: genders.find((r) => r.gender === g)?._count._all ?? 0,
    })),
    byRegion: regionNames.map((r) => ({ key: r.code, label: localizeText(r.name, locale), count: Number(regions.find((x) => x.key === r.code)?.count ?? 0) })),
    byStakeholderType: typeNames.map((t) => ({
      key: t.code,
      label: localizeText(t.name, locale),
      count: types.find((r) => r.stakeholderTypeCode === t.code)?._count._all ?? 0,
    })),
    byAttendance: (["ON_SITE", "REMOTE"] as const).map((a) => ({ key: a, label: null, count: attendance.find((r) => r.attendance === a)?._count._all ?? 0 })),
  };
}

/** The Member States as select options, by name in the page language. */
export async function listMemberStateOptions(_secretariat: Secretariat, locale: Locale) {
  const states = await db.memberState.findMany({ select: { code: true, name: true } });
  return states.map((s) => ({ value: s.code, label: localizeText(s.name, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Data protection: per edition, when its Forum ends, how many visa-letter requests still hold passport data, and how many were erased. */
export async function passportDataSummary(_secretariat: Secretariat, editionId: string) {
  const [edition, held, erased, lastErasure] = await Promise.all([
    db.forumEdition.findUniqueOrThrow({ where: { id: editionId }, select: { endDate: true } }),
    db.visaLetterRequest.count({ where: { erasedAt: null, registration: { editionId } } }),
    db.visaLetterRequest.count({ where: { erasedAt: { not: null }, registration: { editionId } } }),
    db.auditEntry.findFirst({
      where: { entityType: "ForumEdition", entityId: editionId, action: "registration.passport_data_erased" },
      orderBy: { at: "desc" },
      select: { at: true, actor: { select: { email: true } } },
    }),
  ]);
  return { endDate: edition.endDate, held, erased, lastErasure };
}
