import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgendaFiltersForm } from "@/components/agenda/agenda-filters";
import { SessionCard } from "@/components/agenda/session-card";
import { EditionNav } from "@/components/forums/edition-nav";
import { dayKeyToDate, filterSessions, filtersToQuery, groupByDay, type AgendaFilters } from "@/lib/agenda/filters";
import { getAgendaCatalog, getPublishedAgenda } from "@/lib/agenda/queries";
import { editionHref } from "@/lib/forums/links";
import { editionFromParams } from "@/lib/forums/params";
import { localizeText } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/public/metadata";
import { formatCalendarDay, formatGenevaDateTime } from "@/lib/time/format";

// The public agenda of an edition, unfiltered (app/[locale]/(cached)/forums/[year]/agenda) or
// filtered (…/agenda-filtered/[filters], which next.config.ts's rewrites serve for /agenda?day=…&track=…): both
// are cached pages, one cache entry per filter combination, so the filters keep working without
// JavaScript and every combination is served from the cache.

type EditionParams = Promise<{ locale: string; year: string }>;

/** The agenda's title and description; the canonical address is the agenda, filtered or not. */
export async function agendaMetadata(params: EditionParams): Promise<Metadata> {
  const { locale, edition } = await editionFromParams(params);
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  const forum = localizeText(edition.title, locale);
  return pageMetadata({ locale, path: editionHref(edition.year, "agenda"), title: t("title", { forum }), description: t("metaDescription", { forum }) });
}

export async function PublicAgenda({ params, filters }: { params: EditionParams; filters: AgendaFilters }) {
  const { locale, edition } = await editionFromParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  const [agenda, catalog] = await Promise.all([getPublishedAgenda(edition.id), getAgendaCatalog()]);
  const forum = localizeText(edition.title, locale);
  const path = editionHref(edition.year, "agenda");
  const icsBase = `/${locale}/forums/${edition.year}/agenda.ics`;

  if (!agenda) {
    return (
      <article className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-un-blue-dark">{t("title", { forum })}</h1>
        <EditionNav year={edition.year} current="agenda" locale={locale} />
        <p>{t("notPublished")}</p>
      </article>
    );
  }

  const allDays = groupByDay(agenda.sessions, agenda.timeZone).map((d) => d.day);
  const shown = filterSessions(agenda.sessions, filters, agenda.timeZone);
  const days = groupByDay(shown, agenda.timeZone);
  const filtered = filtersToQuery(filters) !== "";

  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title", { forum })}</h1>
      <EditionNav year={edition.year} current="agenda" locale={locale} />
      <p className="text-sm text-zinc-700">
        {t("published", { version: agenda.version, date: formatGenevaDateTime(agenda.publishedAt, locale) })} {t("genevaTime")}
      </p>
      <p>
        <a href={icsBase} className="font-semibold text-un-blue-dark underline" download>
          {t("downloadAll")}
        </a>
      </p>
      <AgendaFiltersForm path={path} days={allDays} filters={filters} catalog={catalog} locale={locale} />
      <p role="status" className="font-semibold">
        {filtered ? t("resultsFiltered", { count: shown.length }) : t("results", { count: shown.length })}
      </p>
      {shown.length === 0 && <p>{t("noResults")}</p>}
      {days.map(({ day, sessions }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-un-blue pb-1">
            <h2 id={`day-${day}`} className="text-2xl font-semibold">
              {formatCalendarDay(dayKeyToDate(day), locale)}
            </h2>
            <a href={`${icsBase}?day=${day}`} className="text-sm text-un-blue-dark underline" download>
              {t("downloadDay", { day: formatCalendarDay(dayKeyToDate(day), locale) })}
            </a>
          </div>
          {sessions.map((s) => (
            <SessionCard key={s.slug} year={edition.year} session={s} catalog={catalog} locale={locale} />
          ))}
        </section>
      ))}
    </article>
  );
}
