import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationCharts } from "@/components/statistics/consultation-charts";
import { editionFromParams } from "@/lib/forums/params";
import { localizeText } from "@/lib/i18n/localized";
import { consultationStatistics, getPublishedCompilation } from "@/lib/statistics/queries";
import { formatGenevaDay } from "@/lib/time/format";

type Params = { params: Promise<{ locale: string; year: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, edition } = await editionFromParams(params);
  const t = await getTranslations({ locale, namespace: "Compilation" });
  return { title: t("title", { forum: localizeText(edition.title, locale) }) };
}

/** The public compilation of an edition's consultation, once the secretariat publishes it. */
export default async function CompilationPage({ params }: Params) {
  const { locale, edition } = await editionFromParams(params);
  setRequestLocale(locale);
  const publishedAt = await getPublishedCompilation(edition.id);
  if (!publishedAt) notFound();
  const [t, stats] = await Promise.all([getTranslations({ locale, namespace: "Compilation" }), consultationStatistics(edition.id, locale)]);
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title", { forum: localizeText(edition.title, locale) })}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <p className="text-sm text-zinc-700">{t("publishedOn", { date: formatGenevaDay(publishedAt, locale) })}</p>
      <ConsultationCharts locale={locale} stats={stats} />
    </article>
  );
}
