import "server-only";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { getDocument } from "./queries";

/** The locale and document of a /[locale]/documents/[slug] route; an unknown slug is a 404. */
export async function documentFromParams(params: Promise<{ locale: string; slug: string }>) {
  const p = await params;
  const locale = asLocale(p.locale);
  const doc = /^[a-z0-9-]{1,100}$/.test(p.slug) ? await getDocument(p.slug) : null;
  if (!doc) notFound();
  return { locale, doc };
}

/** A [language] segment naming one of the document's versions, or a 404. */
export function versionLanguage(doc: { versions: { language: string }[] }, value: string) {
  if (!isLocale(value) || !doc.versions.some((v) => v.language === value)) notFound();
  return value;
}
