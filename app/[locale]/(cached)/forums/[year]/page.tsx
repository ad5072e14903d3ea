import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { EditionOverview } from "@/components/forums/edition-overview";
import { editionHref } from "@/lib/forums/links";
import { editionFromParams } from "@/lib/forums/params";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { pageMetadata, summarize } from "@/lib/public/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/forums/[year]">): Promise<Metadata> {
  const { locale, edition } = await editionFromParams(params);
  return pageMetadata({
    locale,
    path: editionHref(edition.year),
    title: localizeText(edition.title, locale),
    description: summarize(`${localizeText(edition.theme, locale)}. ${localizeText(edition.description, locale)}`),
  });
}

export default async function EditionPage({ params }: PageProps<"/[locale]/forums/[year]">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const { edition } = await editionFromParams(params);
  return <EditionOverview edition={edition} locale={locale} now={new Date()} />;
}
