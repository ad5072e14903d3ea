import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { ConsultationCharts } from "@/components/statistics/consultation-charts";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { asLocale } from "@/lib/i18n/params";
import { setCompilationPublishedAction } from "@/lib/statistics/actions";
import { consultationStatistics, getPublishedCompilation } from "@/lib/statistics/queries";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/statistics`);
  const query = stringParams(await searchParams);
  const [t, tc, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "AdminStatistics" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  if (!edition) return <p>{t("noEdition")}</p>;
  const [stats, publishedAt] = await Promise.all([consultationStatistics(edition.id, locale), getPublishedCompilation(edition.id)]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <EditionPicker locale={locale} editions={editions} current={edition.year} />
      <section aria-labelledby="compilation" className="flex flex-col gap-2 rounded border border-zinc-300 p-4">
        <h2 id="compilation" className="text-2xl font-semibold">
          {t("compilation")}
        </h2>
        <p>{publishedAt ? t("publishedAt", { at: formatGenevaDateTime(publishedAt, locale) }) : t("notPublished")}</p>
        {publishedAt && (
          <p>
            <a className="underline" href={`/${locale}/forums/${edition.year}/compilation`}>
              {t("publicPage")}
            </a>
          </p>
        )}
        <AdminForm
          id="compilation-form"
          action={setCompilationPublishedAction.bind(null, locale, edition.id)}
          fields={[
            {
              kind: "select",
              name: "publish",
              label: t("visibility"),
              defaultValue: publishedAt ? "1" : "0",
              options: [
                { value: "1", label: t("publish") },
                { value: "0", label: t("unpublish") },
              ],
            },
          ]}
          submitLabel={t("save")}
          confirm={{ prompt: t("confirm"), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
        />
      </section>
      <ConsultationCharts locale={locale} stats={stats} />
    </section>
  );
}
