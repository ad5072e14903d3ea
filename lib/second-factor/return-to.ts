import type { Locale } from "@/lib/i18n/locales";

/**
 * Where to go after the second factor: a path of this locale's secretariat area, or its home.
 * Anything else (another origin, "//host", a backslash trick, another part of the site) is dropped.
 */
export function adminReturnPath(locale: Locale, value: unknown): string {
  const home = `/${locale}/admin`;
  if (typeof value !== "string" || value.length > 500 || !value.startsWith("/") || /[\\\s]/.test(value)) return home;
  const base = "http://portal.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return home;
  }
  if (url.origin !== base || !(url.pathname === home || url.pathname.startsWith(`${home}/`))) return home;
  return `${url.pathname}${url.search}`;
}
