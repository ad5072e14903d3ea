import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { ConsultationStatistics, Series } from "@/lib/statistics/queries";
import { BarChart } from "./bar-chart";

/** The four charts of the consultation (each one a table), for the admin page and the public compilation. */
export async function ConsultationCharts({ locale, stats, headingLevel = 2 }: { locale: Locale; stats: ConsultationStatistics; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: "Compilation" });
  const labels = { category: t("category"), count: t("count"), share: t("share") };
  const name = (s: Series, key: (k: string) => string) => ({ key: s.key, count: s.count, label: s.label ?? key(s.key) });
  const H = `h${headingLevel}` as const;
  return (
    <div className="flex flex-col gap-8">
      <p>{t("total", { count: stats.total })}</p>
      <BarChart
        id="by-kind"
        title={<H className="inline">{t("byKind")}</H>}
        labels={labels}
        bars={stats.byKind.map((s) => name(s, (k) => t(`kinds.${k as "CONTRIBUTION"}`)))}
      />
      <BarChart
        id="by-type"
        title={<H className="inline">{t("byStakeholderType")}</H>}
        labels={labels}
        bars={stats.byStakeholderType.map((s) => name(s, () => t("unknown")))}
      />
      <BarChart
        id="by-region"
        title={<H className="inline">{t("byRegion")}</H>}
        labels={labels}
        bars={stats.byRegion.map((s) => name(s, () => t("unknown")))}
      />
      <BarChart
        id="by-gender"
        title={<H className="inline">{t("byGender")}</H>}
        labels={labels}
        bars={stats.speakersByGender.map((s) => name(s, (k) => t(`genders.${k as "FEMALE"}`)))}
      />
    </div>
  );
}
