import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionOverview } from "@/components/forums/edition-overview";
import { getCurrentEdition } from "@/lib/forums/queries";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const edition = await getCurrentEdition();
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { title: edition ? localizeText(edition.title, locale) : t("siteName") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const edition = await getCurrentEdition();
  if (!edition) {
    const t = await getTranslations({ locale, namespace: "Home" });
    return <p>{t("noEdition")}</p>;
  }
  return <EditionOverview edition={edition} locale={locale} />;
}
