import { getTranslations } from "next-intl/server";
import { EditionArchive } from "@/components/forums/edition-archive";
import { EditionNav } from "@/components/forums/edition-nav";
import { OpenNow } from "@/components/forums/open-now";
import { LocalizedText } from "@/components/ui/localized-text";
import { editionHref, phaseHref } from "@/lib/forums/links";
import { getEditionCalendar, listArchive, type EditionSummary } from "@/lib/forums/queries";
import { formatList } from "@/lib/i18n/lists";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarRange, formatDeadline, formatGenevaDay } from "@/lib/time/format";

/**
 * An edition's page: title, theme, dates, venue, organisers, what is open now, the key dates
 * (phases, deadlines, the Forum and its High-Level Track) and the other editions.
 */
export async function EditionOverview({ edition, locale, now }: { edition: EditionSummary; locale: Locale; now: Date }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  const tp = await getTranslations({ locale, namespace: "PublicEdition" });
  const tk = await getTranslations({ locale, namespace: "KeyDates" });
  const td = await getTranslations({ locale, namespace: "DeadlineKind" });
  const [calendar, archive] = await Promise.all([getEditionCalendar(edition.id), listArchive(edition.year)]);
  const fallback = t("fallbackNotice");
  type Item = { key: string; at: Date; label: string; when: string; indicative: boolean; href?: string };
  const items: Item[] = [
    ...calendar.phases.map((p) => ({
      key: `phase-${p.number}`,
      at: p.startsAt,
      label: tk("phase", { number: p.number, title: localize(p.title, locale).text }),
      when: formatGenevaDay(p.startsAt, locale),
      indicative: p.datesIndicative,
      href: phaseHref(edition.year, p.number),
    })),
    ...calendar.deadlines.map((d) => ({
      key: `deadline-${d.kind}`,
      at: d.closesAt,
      label: tk("deadline", { kind: td(d.kind) }),
      when: formatDeadline(d.closesAt, locale).text,
      indicative: d.indicative,
    })),
    { key: "forum", at: edition.startDate, label: tk("forum"), when: formatCalendarRange(edition.startDate, edition.endDate, locale), indicative: false },
    ...(edition.hltStartDate && edition.hltEndDate
      ? [
          {
            key: "hlt",
            at: edition.hltStartDate,
            label: tk("hlt"),
            when: formatCalendarRange(edition.hltStartDate, edition.hltEndDate, locale),
            indicative: false,
            href: editionHref(edition.year, "high-level-track"),
          },
        ]
      : []),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const description = edition.description ? localize(edition.description, locale) : null;

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        {edition.isDemo && <p className="self-start rounded bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">{t("demoBadge")}</p>}
        <LocalizedText
          as="h1"
          className="text-3xl font-bold text-un-blue-dark sm:text-4xl"
          value={localize(edition.title, locale)}
          fallbackLabel={fallback}
          locale={locale}
        />
        <LocalizedText as="p" className="text-lg text-zinc-700" value={localize(edition.theme, locale)} fallbackLabel={fallback} locale={locale} />
        {edition.isDemo && <p className="text-sm text-zinc-700">{t("demoNotice")}</p>}
      </header>
      <EditionNav year={edition.year} current="" locale={locale} />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="rounded border border-zinc-200 p-4">
          <dt className="text-sm font-semibold text-zinc-600">{t("dates")}</dt>
          <dd className="mt-1 text-lg">{formatCalendarRange(edition.startDate, edition.endDate, locale)}</dd>
        </div>
        <div className="rounded border border-zinc-200 p-4">
          <dt className="text-sm font-semibold text-zinc-600">{t("venue")}</dt>
          <dd className="mt-1 text-lg">
            <LocalizedText value={localize(edition.venue, locale)} fallbackLabel={fallback} locale={locale} />
          </dd>
        </div>
        <div className="rounded border border-zinc-200 p-4">
          <dt className="text-sm font-semibold text-zinc-600">{t("coOrganisers")}</dt>
          <dd className="mt-1 text-lg">{formatList(edition.coOrganisers, locale)}</dd>
          <dd className="text-sm text-zinc-600">{t("hostedBy", { host: edition.host })}</dd>
        </div>
        {edition.hltStartDate && edition.hltEndDate && (
          <div className="rounded border border-zinc-200 p-4">
            <dt className="text-sm font-semibold text-zinc-600">{t("highLevelTrack")}</dt>
            <dd className="mt-1 text-lg">{formatCalendarRange(edition.hltStartDate, edition.hltEndDate, locale)}</dd>
          </div>
        )}
      </dl>
      {description && (
        <section aria-labelledby="about">
          <h2 id="about" className="mb-2 text-2xl font-semibold">
            {tp("about")}
          </h2>
          <LocalizedText as="p" className="max-w-prose" value={description} fallbackLabel={fallback} locale={locale} />
        </section>
      )}
      <OpenNow year={edition.year} calendar={calendar} now={now} locale={locale} />
      <section aria-labelledby="key-dates">
        <h2 id="key-dates" className="mb-3 text-2xl font-semibold">
          {t("keyDates")}
        </h2>
        <p className="mb-2 text-sm text-zinc-700">{tp("genevaNote")}</p>
        <ol className="flex flex-col gap-2 border-s-4 border-un-blue ps-4">
          {items.map((item) => (
            <li key={item.key} className="flex flex-wrap gap-x-3">
              <time className="min-w-48 font-semibold" dateTime={item.at.toISOString()}>
                {item.when}
              </time>
              {item.href ? (
                <Link href={item.href} className="text-un-blue-dark underline">
                  {item.label}
                </Link>
              ) : (
                <span>{item.label}</span>
              )}
              {item.indicative && <span className="text-sm text-zinc-700">({tk("indicative")})</span>}
            </li>
          ))}
        </ol>
      </section>
      {archive.length > 0 && (
        <section aria-labelledby="archive">
          <h2 id="archive" className="mb-3 text-2xl font-semibold">
            {t("archive")}
          </h2>
          <EditionArchive editions={archive} locale={locale} headingLevel={3} />
          <p className="mt-3">
            <Link href="/forums" className="text-un-blue-dark underline">
              {tp("allEditions")}
            </Link>
          </p>
        </section>
      )}
    </article>
  );
}
