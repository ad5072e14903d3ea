import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { RegistrationAdminNav } from "@/components/registrations/admin-subnav";
import { BarChart } from "@/components/statistics/bar-chart";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import type { ForumRegistrationStatus, Gender, Attendance } from "@/lib/generated/prisma/enums";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { registrationStatistics } from "@/lib/registrations/admin-queries";

export const metadata: Metadata = { robots: { index: false } };

/** An edition's registrations in figures: by status, and the participants by gender, UN region, stakeholder type and attendance. */
export default async function RegistrationStatisticsPage({ params, searchParams }: PageProps<"/[locale]/admin/registrations/statistics">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/registrations/statistics`);
  const query = stringParams(await searchParams);
  const [t, label, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "RegistrationStatistics" }),
    enumLabeller(locale),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  const stats = edition ? await registrationStatistics(secretariat, edition.id, locale) : null;
  const labels = { category: t("category"), count: t("count"), share: t("share") };
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <RegistrationAdminNav locale={locale} year={edition?.year} />
      <EditionPicker locale={locale} editions={editions} current={edition?.year} />
      {stats && (
        <div className="flex flex-col gap-8">
          <p>{t("summary", { total: stats.total, accredited: stats.accredited })}</p>
          <p>{t("counted")}</p>
          <BarChart
            id="by-status"
            title={<h2 className="inline">{t("byStatus")}</h2>}
            labels={labels}
            bars={stats.byStatus.map((s) => ({ key: s.key, count: s.count, label: label("ForumRegistrationStatus", s.key as ForumRegistrationStatus) }))}
          />
          <BarChart
            id="by-gender"
            title={<h2 className="inline">{t("byGender")}</h2>}
            labels={labels}
            bars={stats.byGender.map((s) => ({ key: s.key, count: s.count, label: label("Gender", s.key as Gender) }))}
          />
          <BarChart
            id="by-region"
            title={<h2 className="inline">{t("byRegion")}</h2>}
            labels={labels}
            bars={stats.byRegion.map((s) => ({ key: s.key, count: s.count, label: s.label ?? s.key }))}
          />
          <BarChart
            id="by-type"
            title={<h2 className="inline">{t("byStakeholderType")}</h2>}
            labels={labels}
            bars={stats.byStakeholderType.map((s) => ({ key: s.key, count: s.count, label: s.label ?? s.key }))}
          />
          <BarChart
            id="by-attendance"
            title={<h2 className="inline">{t("byAttendance")}</h2>}
            labels={labels}
            bars={stats.byAttendance.map((s) => ({ key: s.key, count: s.count, label: label("Attendance", s.key as Attendance) }))}
          />
        </div>
      )}
    </section>
  );
}
