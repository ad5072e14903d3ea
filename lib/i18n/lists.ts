import { intlLocale, type Locale } from "./locales";

// Intl objects are costly to build and immutable: one per language.
const conjunctions = new Map<Locale, Intl.ListFormat>();

/** "French, Spanish and Arabic" in the page's language (its own separators: "، " in Arabic, "、" in Chinese). */
export function formatList(items: readonly string[], locale: Locale): string {
  let list = conjunctions.get(locale);
  if (!list) conjunctions.set(locale, (list = new Intl.ListFormat([intlLocale(locale)], { style: "long", type: "conjunction" })));
  return list.format(items);
}
