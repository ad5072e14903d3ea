// How a Member State's name behaves in a sentence, per language, for the mails that name it
// ("invite le Luxembourg", "de la France", "de l'Irak", "des Philippines"; Spanish "invita al
// Perú", "del Japón", "de los Estados Unidos"; Arabic verbs and
// pronouns that agree with the State: "لن تشارك تونس" but "لن يشارك الأردن"). world-countries has
// the names but not their grammar, so the forms are tabled here for the 193 Member States, and
// the messages choose the wording with ICU select on `stateForm`.
import type { Locale } from "../i18n/locales.ts";

/** French: the article the name takes (elided: l'), or none (then "de"/"que" may elide: d', qu'). */
export type FrenchForm = "le" | "la" | "elided" | "les" | "none" | "noneElided";
/** Arabic: the grammatical gender of the name (States are feminine unless the name is masculine). */
export type ArabicForm = "masculine" | "feminine";
/** English: "the Philippines", "the United Kingdom". */
export type EnglishForm = "the" | "none";
/** Spanish: the article the name takes, which contracts after "a" and "de" (al Perú, del Japón). */
export type SpanishForm = "el" | "la" | "los" | "las" | "none";
export type StateForm = FrenchForm | ArabicForm | EnglishForm | SpanishForm;

const codes = (list: string) => list.trim().split(/\s+/);

// The French names are world-countries' (e.g. "Irak", "Îles Marshall", "Île Maurice").
const FRENCH: Record<FrenchForm, string[]> = {
  le: codes(`
    BI BJ BF BD BZ BR BN BT BW CA CL CM CD CG CR DK GA GB GH GT GY HN JP KZ KE KG KH KW LA LB LR LI
    LK LS LU MA MX ML ME MZ MW NE NG NI NP PK PA PE PT PY QA RW SD SN SV SS SR SZ TD TG TJ TM TL VE
    VN VU WS YE ZW`),
  la: codes(`
    BE BB BA BY BO BG CF CH CN CI CO CZ DM DO FI FR FM GE GN GM GW GQ GR GD HR HU JM JO KR KP LT LV
    LY MD MK MM MN MR MY NA NO NZ PG PL RO RU RS SK SI SE SL SO SY TH TN TR TZ TT ZM`),
  elided: codes(`AF AO AL AD AR AM AU AT AZ DE DZ EC EG ER ES EE ET ID IN IE IR IQ IS IT MU SA UG UA UY UZ ZA`),
  les: codes(`AE BS KM CV FJ MV MH NL PH PW SB SC TO US`),
  none: codes(`BH CU CY DJ KI KN LC MC MG MT NR SG SM ST TV VC`),
  noneElided: codes(`AG HT IL OM`),
};

// Arabic names that are masculine ("العراق", "الأردن", "لبنان", "المغرب", ...); all others are
// feminine.
const ARABIC_MASCULINE = new Set(codes(`IQ JO LB SD SS MA YE KW BH SN CM GA NE ME SO`));

// English names that take "the".
const ENGLISH_THE = new Set(codes(`AE BS KM DO CF CD CG FM GB GM MH MV NL PH SB SC US`));

// Spanish names that take an article, as United Nations Spanish writes them ("el Perú", "la
// India", "los Estados Unidos", "las Islas Marshall"); the names are world-countries' short names.
const SPANISH: Record<Exclude<SpanishForm, "none">, string[]> = {
  el: codes(`AF BR CA CD CG CM EC GA GB IQ JP LB NE PE PK PY SD SN SS TD UY YE`),
  la: codes(`AR CF DO IN`),
  los: codes(`AE NL US`),
  las: codes(`BS KM MH MV SB`),
};
const spanishByCode = new Map<string, SpanishForm>(
  (Object.entries(SPANISH) as [SpanishForm, string[]][]).flatMap(([form, list]) => list.map((code) => [code, form] as const)),
);

const frenchByCode = new Map<string, FrenchForm>(
  (Object.entries(FRENCH) as [FrenchForm, string[]][]).flatMap(([form, list]) => list.map((code) => [code, form] as const)),
);

/** Every code the French table knows (a test checks it is exactly the 193 Member States). */
export const frenchFormCodes = (): string[] => [...frenchByCode.keys()];

/** The form of a Member State's name in a language's sentences; "none" where the language needs none. */
export function stateForm(code: string, locale: Locale): StateForm {
  switch (locale) {
    case "fr":
      return frenchByCode.get(code) ?? "none";
    case "ar":
      return ARABIC_MASCULINE.has(code) ? "masculine" : "feminine";
    case "en":
      return ENGLISH_THE.has(code) ? "the" : "none";
    case "es":
      return spanishByCode.get(code) ?? "none";
    default:
      return "none";
  }
}
