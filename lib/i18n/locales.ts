// The six official languages of the United Nations, in the order the UN's own sites list them.
export const locales = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (locales as readonly string[]).includes(value);

export const directionOf = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");

/** Each language's name in itself, for the language switcher. */
export const nativeNames: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** The tag Intl works with: Simplified Chinese for zh; English the UN way, day before month ("15 January 2020"). */
export const intlLocale = (locale: Locale): string => (locale === "zh" ? "zh-CN" : locale === "en" ? "en-GB" : locale);
