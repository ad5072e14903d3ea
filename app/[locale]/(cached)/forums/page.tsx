import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionArchive } from "@/components/forums/edition-archive";
import { listPublishedEditions } from "@/lib/forums/queries";
import { asLocale } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/public/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/forums">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "PublicEdition" });
  return pageMetadata({ locale, path: "/forums", title: t("archiveTitle"), description: t("archiveIntro") });
}

export default async function ForumsPage({ params }: PageProps<"/[locale]/forums">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicEdition" });
  const editions = await listPublishedEditions();
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("archiveTitle")}</h1>
      <p className="max-w-prose">{t("archiveIntro")}</p>
      <EditionArchive editions={editions} locale={locale} />
    </section>
  );
}
