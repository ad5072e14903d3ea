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

/** Picks the text in `locale`, or English (flagged as a fallback). Accepts the raw Json column. */
export function localize(value: unknown, locale: Locale): Localized {
  const parsed = localizedTextSchema.safeParse(value);
  if (!parsed.success) return { text: "", lang: defaultLocale, fallback: locale !== defaultLocale };
  const own = parsed.data[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  return { text: parsed.data.en, lang: defaultLocale, fallback: locale !== defaultLocale };
}

/** Just the string, for places that cannot mark a fallback (mail subjects, <title>). */
export const localizeText = (value: unknown, locale: Locale) => localize(value, locale).text;
