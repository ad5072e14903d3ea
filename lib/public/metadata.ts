// <title>, description, canonical URL and hreflang alternates of the public pages. Every public
// page exists in the six languages at the same path after the language segment, so the
// alternates are that path under each language; x-default is the English page.
import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";

/** The absolute URL of a page: `path` is locale-less ("/forums/2020", "" for the home page). */
export const absoluteUrl = (locale: Locale, path: string) => `${env().APP_URL.replace(/\/$/, "")}/${locale}${path}`;

/** hreflang alternates of a path in every language, plus x-default. */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(locales.map((l) => [l, absoluteUrl(l, path)])),
    "x-default": absoluteUrl(defaultLocale, path),
  };
}

export function pageMetadata({ locale, path, title, description }: { locale: Locale; path: string; title: string; description: string }): Metadata {
  const canonical = absoluteUrl(locale, path);
  return {
    title,
    description,
    alternates: { canonical, languages: languageAlternates(path) },
    openGraph: { title, description, url: canonical, locale, type: "website" },
  };
}

/** Trims a long text to a meta description (about 160 characters, on a word boundary). */
export function summarize(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
