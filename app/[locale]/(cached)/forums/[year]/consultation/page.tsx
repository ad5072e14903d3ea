import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationTimeline } from "@/components/forums/consultation-timeline";
import { EditionNav } from "@/components/forums/edition-nav";
import { OpenNow } from "@/components/forums/open-now";
import { editionHref } from "@/lib/forums/links";
import { editionFromParams } from "@/lib/forums/params";
import { getEditionCalendar } from "@/lib/forums/queries";
import { localizeText } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/public/metadata";
import { formatDeadline } from "@/lib/time/format";

export async function generateMetadata({ params }: PageProps<"/[locale]/forums/[year]/consultation">): Promise<Metadata> {
  const { locale, edition } = await editionFromParams(params);
  const t = await getTranslations({ locale, namespace: "PublicConsultation" });
  const forum = localizeText(edition.title, locale);
  return pageMetadata({ locale, path: editionHref(edition.year, "consultation"), title: t("title", { forum }), description: t("metaDescription", { forum }) });
}

export default async function ConsultationPage({ params }: PageProps<"/[locale]/forums/[year]/consultation">) {
  const { locale, edition } = await editionFromParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicConsultation" });
  const td = await getTranslations({ locale, namespace: "DeadlineKind" });
  const now = new Date();
  const calendar = await getEditionCalendar(edition.id);
  const forum = localizeText(edition.title, locale);
  const indicative = edition.datesIndicative || calendar.phases.some((p) => p.datesIndicative);

  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title", { forum })}</h1>
      <EditionNav year={edition.year} current="consultation" locale={locale} />
      <p className="max-w-prose">{t("intro")}</p>
      <p className="max-w-prose">{t("stakeholders")}</p>
      {indicative && (
        <p role="note" className="rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t("indicativeNotice")}
        </p>
      )}
      {calendar.phases.length === 0 ? (
        <p>{t("noPhases")}</p>
      ) : (
        <>
          <OpenNow year={edition.year} calendar={calendar} now={now} locale={locale} />
          <section aria-labelledby="phases">
            <h2 id="phases" className="mb-4 text-2xl font-semibold">
              {t("phases", { count: calendar.phases.length })}
            </h2>
            <ConsultationTimeline year={edition.year} calendar={calendar} now={now} locale={locale} />
          </section>
        </>
      )}
      {calendar.deadlines.length > 0 && (
        <section aria-labelledby="windows">
          <h2 id="windows" className="mb-3 text-2xl font-semibold">
            {t("windows")}
          </h2>
          <table className="w-full max-w-3xl text-start">
            <thead>
              <tr className="border-b border-zinc-300">
                <th scope="col" className="py-2 text-start">
                  {t("windowKind")}
                </th>
                <th scope="col" className="py-2 text-start">
                  {t("windowCloses")}
                </th>
              </tr>
            </thead>
            <tbody>
              {calendar.deadlines.map((d) => {
                const closes = formatDeadline(d.closesAt, locale);
                return (
                  <tr key={d.kind} className="border-b border-zinc-200">
                    <th scope="row" className="py-2 pe-4 text-start font-normal">
                      {td(d.kind)}
                    </th>
                    <td className="py-2">
                      <time dateTime={d.closesAt.toISOString()}>
                        {closes.endOfDay ? t("byEndOf", { date: closes.text }) : t("by", { dateTime: closes.text })}
                      </time>
                      {d.indicative && <span className="ms-2 text-sm">({t("indicative")})</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
