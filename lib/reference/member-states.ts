// The 193 Member States of the United Nations, from the `world-countries` package (ISO 3166-1
// codes, regions, names in the six UN languages), so the list is not typed by hand. The package's
// regions are close to UN M49 but not equal to it; the differences are corrected below.
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
  /** the M49 sub-region (or, in Africa and the Americas, M49 intermediate region), in English */
  subregion: M49Subregion;
}

export const MEMBER_STATE_COUNT = 193;

// The package sets `unMember` on the Holy See, which is a non-member observer State.
const NOT_MEMBERS = new Set(["VA"]);

const M49_SUBREGIONS = [
  "Northern Africa",
  "Eastern Africa",
  "Middle Africa",
  "Southern Africa",
  "Western Africa",
  "Caribbean",
  "Central America",
  "South America",
  "Northern America",
  "Central Asia",
  "Eastern Asia",
  "South-eastern Asia",
  "Southern Asia",
  "Western Asia",
  "Eastern Europe",
  "Northern Europe",
  "Southern Europe",
  "Western Europe",
  "Australia and New Zealand",
  "Melanesia",
  "Micronesia",
  "Polynesia",
] as const;
export type M49Subregion = (typeof M49_SUBREGIONS)[number];

// Where world-countries 5.1 departs from M49 (it has "Central Europe", "Southeast Europe" and
// "North America", puts Cyprus in Europe and South Sudan in Middle Africa).
const M49_CORRECTIONS: Record<string, { region?: UnRegionCode; subregion: M49Subregion }> = {
  CY: { region: "asia", subregion: "Western Asia" },
  SS: { subregion: "Eastern Africa" },
  MX: { subregion: "Central America" },
  CA: { subregion: "Northern America" },
  US: { subregion: "Northern America" },
  AT: { subregion: "Western Europe" },
  BG: { subregion: "Eastern Europe" },
  CZ: { subregion: "Eastern Europe" },
  HU: { subregion: "Eastern Europe" },
  PL: { subregion: "Eastern Europe" },
  RO: { subregion: "Eastern Europe" },
  SK: { subregion: "Eastern Europe" },
  AL: { subregion: "Southern Europe" },
  BA: { subregion: "Southern Europe" },
  HR: { subregion: "Southern Europe" },
  ME: { subregion: "Southern Europe" },
  MK: { subregion: "Southern Europe" },
  RS: { subregion: "Southern Europe" },
  SI: { subregion: "Southern Europe" },
};

const isRegion = (value: string): value is UnRegionCode => (UN_REGION_CODES as readonly string[]).includes(value);
const isM49Subregion = (value: string): value is M49Subregion => (M49_SUBREGIONS as readonly string[]).includes(value);

/** M49 spells it "South-eastern Asia". */
const packageSubregion = (name: string) => (name === "South-Eastern Asia" ? "South-eastern Asia" : name);

/** The Member States sorted by code; throws if the package no longer yields exactly 193, or a region M49 does not know. */
export function memberStates(): MemberStateRow[] {
  const rows = countries
    .filter((c) => c.unMember && !NOT_MEMBERS.has(c.cca2))
    .map((c): MemberStateRow => {
      const correction = M49_CORRECTIONS[c.cca2];
      const regionCode = correction?.region ?? c.region.toLowerCase();
      const subregion = correction?.subregion ?? packageSubregion(c.subregion);
      if (!isRegion(regionCode)) throw new Error(`world-countries: ${c.cca2} has an unexpected region "${c.region}"`);
      if (!isM49Subregion(subregion)) throw new Error(`world-countries: ${c.cca2} has a sub-region M49 does not know: "${subregion}"`);
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
        subregion,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  if (rows.length !== MEMBER_STATE_COUNT) {
    throw new Error(`expected ${MEMBER_STATE_COUNT} UN Member States, world-countries yields ${rows.length}`);
  }
  return rows;
}
