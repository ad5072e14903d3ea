import "server-only";
import { notFound } from "next/navigation";
import { getEditionByYear, parseYear } from "@/lib/forums/queries";
import { asLocale } from "@/lib/i18n/params";

/** The locale and edition of a /[locale]/forums/[year]/… route; unknown or malformed year: 404. */
export async function editionFromParams(params: Promise<{ locale: string; year: string }>) {
  const p = await params;
  const locale = asLocale(p.locale);
  const year = parseYear(p.year);
  const edition = year === null ? null : await getEditionByYear(year);
  if (!edition) notFound();
  return { locale, edition };
}
