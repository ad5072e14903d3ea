// Texts the secretariat writes are stored per language ({"en": "...", "fr": "..."}) with English
// required; a missing language falls back to English and says so, so the page can mark it.
import { z } from "zod";
import { defaultLocale, type Locale } from "./locales";

const text = z.string().trim().min(1).max(20_000);

export const localizedTextSchema = z.object({
  en: text,
  ar: text.optional(),
  zh: text.optional(),
  fr: text.optional(),
  ru: text.optional(),
  es: text.optional(),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export interface Localized {
  text: string;
  /** the language the text is actually in */
  lang: Locale;
  /** true when the requested language was missing and English is shown instead */
  fallback: boolean;
}

/**
 * Picks the text in `locale`, or English (flagged as a fallback). Accepts the raw Json column,
 * which was validated with localizedTextSchema when written; reading only checks shapes (it runs
 * hundreds of times per page).
 */
export function localize(value: unknown, locale: Locale): Localized {
  const texts = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const own = texts[locale];
  if (typeof own === "string" && own.trim()) return { text: own, lang: locale, fallback: false };
  const english = texts[defaultLocale];
  return { text: typeof english === "string" ? english : "", lang: defaultLocale, fallback: locale !== defaultLocale };
}

/** Just the string, for places that cannot mark a fallback (mail subjects, <title>). */
export const localizeText = (value: unknown, locale: Locale) => localize(value, locale).text;
