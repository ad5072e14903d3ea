// The 193 Member States of the United Nations, from the `world-countries` package (ISO 3166-1
// codes, M49 regions, names in the six UN languages), so the list is not typed by hand.
import countries from "world-countries";
import type { Locale } from "../i18n/locales.ts";

export const UN_REGION_CODES = ["africa", "americas", "asia", "europe", "oceania"] as const;
export type UnRegionCode = (typeof UN_REGION_CODES)[number];

export interface MemberStateRow {
  /** ISO 3166-1 alpha-2 */
  code: string;
  alpha3: string;
  /** ISO 3166-1 numeric (= UN M49 country code), three digits */
  numeric: string;
  name: Record<Locale, string>;
  regionCode: UnRegionCode;
  /** as the package names it (close to, not always exactly, the M49 sub-region) */
  subregion: string;
}

export const MEMBER_STATE_COUNT = 193;

// The package sets `unMember` on the Holy See, which is a non-member observer State.
const NOT_MEMBERS = new Set(["VA"]);

const isRegion = (value: string): value is UnRegionCode => (UN_REGION_CODES as readonly string[]).includes(value);

/** The Member States sorted by code; throws if the package no longer yields exactly 193. */
export function memberStates(): MemberStateRow[] {
  const rows = countries
    .filter((c) => c.unMember && !NOT_MEMBERS.has(c.cca2))
    .map((c): MemberStateRow => {
      const regionCode = c.region.toLowerCase();
      if (!isRegion(regionCode)) throw new Error(`world-countries: ${c.cca2} has an unexpected region "${c.region}"`);
      const translation = (lang: string) => {
        const common = c.translations[lang]?.common;
        if (!common) throw new Error(`world-countries: ${c.cca2} has no "${lang}" name`);
        return common;
      };
      return {
        code: c.cca2,
        alpha3: c.cca3,
        numeric: c.ccn3,
        name: {
          ar: translation("ara"),
          zh: translation("zho"),
          en: c.name.common,
          fr: translation("fra"),
          ru: translation("rus"),
          es: translation("spa"),
        },
        regionCode,
        subregion: c.subregion,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  if (rows.length !== MEMBER_STATE_COUNT) {
    throw new Error(`expected ${MEMBER_STATE_COUNT} UN Member States, world-countries yields ${rows.length}`);
  }
  return rows;
}
