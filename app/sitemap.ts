import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/locales";
import { absoluteUrl, languageAlternates } from "@/lib/public/metadata";
import { listPublicPaths } from "@/lib/public/sitemap";

// built per request from the database (there is none at build time); search engines fetch it rarely
export const dynamic = "force-dynamic";

/** Every public page in the six languages, each entry with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const paths = await listPublicPaths();
  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: absoluteUrl(locale, path),
      alternates: { languages: languageAlternates(path) },
    })),
  );
}
