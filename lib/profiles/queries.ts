import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { foldText } from "@/lib/submissions/fold";

export interface ProfileView {
  id: string;
  email: string;
  name: string | null;
  jobTitle: string | null;
  preferredLanguage: Locale;
  countryCode: string | null;
  stakeholderTypeCode: string | null;
  organisation: { id: string; name: string } | null;
  /** name, organisation, stakeholder type and country are set: needed before contributing */
  complete: boolean;
}

export async function getProfile(userId: string): Promise<ProfileView | null> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      jobTitle: true,
      preferredLanguage: true,
      countryCode: true,
      stakeholderTypeCode: true,
      organisation: { select: { id: true, name: true } },
    },
  });
  if (!u) return null;
  return { ...u, complete: Boolean(u.name && u.organisation && u.stakeholderTypeCode && u.countryCode) };
}

export interface Option {
  value: string;
  label: string;
}

const collator = (locale: Locale) => new Intl.Collator(intlLocale(locale));

export const listStakeholderTypeOptions = cache(async (locale: Locale): Promise<Option[]> => {
  const rows = await db.stakeholderType.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
  return rows.map((r) => ({ value: r.code, label: localizeText(r.name, locale) }));
});

export const listCountryOptions = cache(async (locale: Locale): Promise<Option[]> => {
  const rows = await db.memberState.findMany({ select: { code: true, name: true } });
  const c = collator(locale);
  return rows.map((r) => ({ value: r.code, label: localizeText(r.name, locale) })).sort((a, b) => c.compare(a.label, b.label));
});

export const listRegionOptions = cache(async (locale: Locale): Promise<Option[]> => {
  const rows = await db.unRegion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
  return rows.map((r) => ({ value: r.code, label: localizeText(r.name, locale) }));
});

export const listOrganisationOptions = cache(async (): Promise<Option[]> => {
  const rows = await db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, countryCode: true }, take: 2000 });
  return rows.map((r) => ({ value: r.id, label: r.countryCode ? `${r.name} (${r.countryCode})` : r.name }));
});

/** Minimum trigram similarity of folded names for "is this the same organisation?". */
export const ORGANISATION_SIMILARITY_THRESHOLD = 0.5;

/** Organisations whose folded name is close to `name` (pg_trgm), closest first. */
export async function findSimilarOrganisations(name: string, limit = 5) {
  const key = foldText(name);
  if (!key) return [];
  return db.$queryRaw<{ id: string; name: string; countryCode: string | null; score: number }[]>`
    SELECT id, name, "countryCode", similarity("normalizedName", ${key})::float8 AS score
      FROM "Organisation"
     WHERE similarity("normalizedName", ${key}) >= ${ORGANISATION_SIMILARITY_THRESHOLD}
     ORDER BY score DESC, name
     LIMIT ${limit}`;
}
