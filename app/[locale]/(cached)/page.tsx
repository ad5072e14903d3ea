import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionOverview } from "@/components/forums/edition-overview";
import { getCurrentEdition } from "@/lib/forums/queries";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { pageMetadata, summarize } from "@/lib/public/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const edition = await getCurrentEdition();
  const t = await getTranslations({ locale, namespace: "Meta" });
  if (!edition) return pageMetadata({ locale, path: "", title: t("siteName"), description: t("description") });
  return pageMetadata({
    locale,
    path: "",
    title: localizeText(edition.title, locale),
    description: summarize(`${localizeText(edition.theme, locale)}. ${t("description")}`),
  });
}

/** The current edition (the first that has not ended, Geneva calendar). */
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const edition = await getCurrentEdition();
  if (!edition) {
    const t = await getTranslations({ locale, namespace: "Home" });
    return <p>{t("noEdition")}</p>;
  }
  return <EditionOverview edition={edition} locale={locale} now={new Date()} />;
}
