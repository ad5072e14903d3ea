import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { listKeyDates, type EditionSummary } from "@/lib/forums/queries";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarRange, formatDeadline, formatGenevaDay } from "@/lib/time/format";

/** The head of an edition's page: title, theme, dates, venue, organisers and key dates. */
export async function EditionOverview({ edition, locale }: { edition: EditionSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  const tk = await getTranslations({ locale, namespace: "KeyDates" });
  const td = await getTranslations({ locale, namespace: "DeadlineKind" });
  const { phases, deadlines } = await listKeyDates(edition.id);
  const fallback = t("fallbackNotice");
  type Item = { key: string; at: Date; label: string; when: string; indicative: boolean };
  const items: Item[] = [
    ...phases.map((p) => ({
      key: `phase-${p.number}`,
      at: p.startsAt,
      label: tk("phase", { number: p.number, title: localize(p.title, locale).text }),
      when: formatGenevaDay(p.startsAt, locale),
      indicative: p.datesIndicative,
    })),
    ...deadlines.map((d) => ({
      key: `deadline-${d.kind}`,
      at: d.closesAt,
      label: tk("deadline", { kind: td(d.kind) }),
      when: formatDeadline(d.closesAt, locale).text,
      indicative: d.indicative,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        {edition.isDemo && (
          <p className="self-start rounded bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">{t("demoBadge")}</p>
        )}
        <LocalizedText as="h1" className="text-3xl font-bold text-un-blue-dark sm:text-4xl" value={localize(edition.title, locale)} fallbackLabel={fallback} locale={locale} />
        <LocalizedText as="p" className="text-lg text-zinc-700" value={localize(edition.theme, locale)} fallbackLabel={fallback} locale={locale} />
        {edition.isDemo && <p className="text-sm text-zinc-700">{t("demoNotice")}</p>}
      </header>
      <dl className="grid gap-4 sm:grid-cols-3">
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
          <dd className="mt-1 text-lg">{edition.coOrganisers.join(", ")}</dd>
          <dd className="text-sm text-zinc-600">{t("hostedBy", { host: edition.host })}</dd>
        </div>
        {edition.hltStartDate && edition.hltEndDate && (
          <div className="rounded border border-zinc-200 p-4">
            <dt className="text-sm font-semibold text-zinc-600">{t("highLevelTrack")}</dt>
            <dd className="mt-1 text-lg">{formatCalendarRange(edition.hltStartDate, edition.hltEndDate, locale)}</dd>
          </div>
        )}
      </dl>
      {items.length > 0 && (
        <section aria-labelledby="key-dates">
          <h2 id="key-dates" className="mb-3 text-2xl font-semibold">{t("keyDates")}</h2>
          <ol className="flex flex-col gap-2 border-s-4 border-un-blue ps-4">
            {items.map((item) => (
              <li key={item.key} className="flex flex-wrap gap-x-3">
                <time className="min-w-48 font-semibold" dateTime={item.at.toISOString()}>{item.when}</time>
                <span>{item.label}</span>
                {item.indicative && <span className="text-sm text-zinc-600">({tk("indicative")})</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
