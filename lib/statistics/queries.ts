import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";

export interface Series {
  key: string;
  /** null: the caller labels the key (a message), else the catalog's name in the page language */
  label: string | null;
  count: number;
}

export interface ConsultationStatistics {
  total: number;
  byKind: Series[];
  byStakeholderType: Series[];
  byRegion: Series[];
  speakersByGender: Series[];
}

/** What counts: everything submitted to the consultation and not withdrawn (drafts are private). */
const COUNTED = `s."editionId" = $1 AND s.status NOT IN ('DRAFT', 'WITHDRAWN')`;

/**
 * The consultation in numbers, computed from the submissions: by kind, by the stakeholder type of
 * the submitting organisation (or of the person when there is none), by the UN region of the
 * country given, and the gender of workshop speakers (organisers are not asked theirs, so they are
 * not counted: they would all read "not stated"). Public once published.
 */
export async function consultationStatistics(editionId: string, locale: Locale): Promise<ConsultationStatistics> {
  const [kinds, types, regions, genders, typeNames, regionNames] = await Promise.all([
    db.$queryRawUnsafe<{ key: string; count: bigint }[]>(
      `SELECT s.kind::text AS key, count(*) AS count FROM "Submission" s WHERE ${COUNTED} GROUP BY 1`,
      editionId,
    ),
    db.$queryRawUnsafe<{ key: string | null; count: bigint }[]>(
      `SELECT COALESCE(o."stakeholderTypeCode", u."stakeholderTypeCode") AS key, count(*) AS count
         FROM "Submission" s JOIN "User" u ON u.id = s."authorId" LEFT JOIN "Organisation" o ON o.id = s."organisationId"
        WHERE ${COUNTED} GROUP BY 1`,
      editionId,
    ),
    db.$queryRawUnsafe<{ key: string | null; count: bigint }[]>(
      `SELECT m."regionCode" AS key, count(*) AS count FROM "Submission" s LEFT JOIN "MemberState" m ON m.code = s."countryCode" WHERE ${COUNTED} GROUP BY 1`,
      editionId,
    ),
    db.$queryRawUnsafe<{ key: string | null; count: bigint }[]>(
      `SELECT p.gender::text AS key, count(*) AS count FROM "WorkshopParticipant" p JOIN "Submission" s ON s.id = p."submissionId" WHERE ${COUNTED} AND p.role = 'SPEAKER' GROUP BY 1`,
      editionId,
    ),
    db.stakeholderType.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.unRegion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
  ]);
  const count = (rows: { key: string | null; count: bigint }[], key: string | null) => Number(rows.find((r) => r.key === key)?.count ?? 0);
  const withUnknown = (series: Series[], rows: { key: string | null; count: bigint }[]) => {
    const unknown = count(rows, null);
    return unknown ? [...series, { key: "UNKNOWN", label: null, count: unknown }] : series;
  };
  return {
    total: kinds.reduce((n, r) => n + Number(r.count), 0),
    byKind: ["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION", "REGIONAL_INPUT"].map((k) => ({ key: k, label: null, count: count(kinds, k) })),
    byStakeholderType: withUnknown(
      typeNames.map((t) => ({ key: t.code, label: localizeText(t.name, locale), count: count(types, t.code) })),
      types,
    ),
    byRegion: withUnknown(
      regionNames.map((r) => ({ key: r.code, label: localizeText(r.name, locale), count: count(regions, r.code) })),
      regions,
    ),
    speakersByGender: (["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const).map((g) => ({
      key: g,
      label: null,
      count: count(genders, g) + (g === "UNDISCLOSED" ? count(genders, null) : 0),
    })),
  };
}

/** The edition's compilation, or null while the secretariat has not published it. */
export async function getPublishedCompilation(editionId: string) {
  const edition = await db.forumEdition.findFirst({
    where: { id: editionId, compilationPublishedAt: { not: null } },
    select: { compilationPublishedAt: true },
  });
  return edition?.compilationPublishedAt ?? null;
}
