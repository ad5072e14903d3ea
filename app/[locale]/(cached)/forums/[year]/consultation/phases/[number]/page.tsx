import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionNav } from "@/components/forums/edition-nav";
import { PhaseDetails } from "@/components/forums/phase-details";
import { Badge, phaseStatusTones } from "@/components/ui/status-badge";
import { RefreshAt } from "@/components/layout/refresh-at";
import { LocalizedText } from "@/components/ui/localized-text";
import { editionHref, phaseHref } from "@/lib/forums/links";
import { editionFromParams } from "@/lib/forums/params";
import { parsePhaseNumber, romanNumeral } from "@/lib/forums/phases";
import { nextCalendarChange, phaseStatus } from "@/lib/forums/policy";
import { getEditionCalendar } from "@/lib/forums/queries";
import { localize, localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata, summarize } from "@/lib/public/metadata";
import { formatGenevaDay } from "@/lib/time/format";

type Props = PageProps<"/[locale]/forums/[year]/consultation/phases/[number]">;

/** The edition, its calendar and the requested phase with its status; 404 for an unknown phase. */
async function load(params: Props["params"], now: Date) {
  const { locale, edition } = await editionFromParams(params);
  const number = parsePhaseNumber((await params).number);
  const calendar = await getEditionCalendar(edition.id);
  const statuses = phaseStatus(calendar.phases, now);
  const index = statuses.findIndex((s) => s.phase.number === number);
  if (index < 0) notFound();
  return { locale, edition, calendar, statuses, index };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, edition, statuses, index } = await load(params, new Date());
  const t = await getTranslations({ locale, namespace: "PublicConsultation" });
  const { phase } = statuses[index];
  return pageMetadata({
    locale,
    path: phaseHref(edition.year, phase.number),
    title: `${t("phase", { numeral: romanNumeral(phase.number) })}: ${localizeText(phase.title, locale)} | ${localizeText(edition.title, locale)}`,
    description: summarize(localizeText(phase.description, locale)),
  });
}

export default async function PhasePage({ params }: Props) {
  const now = new Date();
  const { locale, edition, calendar, statuses, index } = await load(params, now);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicConsultation" });
  const ts = await getTranslations({ locale, namespace: "PublicPhaseStatus" });
  const { phase, status, endsAt } = statuses[index];
  const previous = statuses[index - 1]?.phase;
  const following = statuses[index + 1]?.phase;

  return (
    <article className="flex flex-col gap-6">
      <p>
        <Link href={editionHref(edition.year, "consultation")} className="text-un-blue-dark underline">
          {t("title", { forum: localizeText(edition.title, locale) })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-un-blue-dark">
        {t("phase", { numeral: romanNumeral(phase.number) })}:{" "}
        <LocalizedText value={localize(phase.title, locale)} fallbackLabel={t("fallbackNotice")} locale={locale} />
      </h1>
      <EditionNav year={edition.year} current="consultation" locale={locale} />
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <Badge tone={phaseStatusTones[status]}>{ts(status)}</Badge>
          <RefreshAt at={nextCalendarChange(calendar, now)?.toISOString() ?? null} />
        </dd>
        <dt className="font-semibold">{t("starts")}</dt>
        <dd>
          <time dateTime={phase.startsAt.toISOString()}>{formatGenevaDay(phase.startsAt, locale)}</time>
        </dd>
        <dt className="font-semibold">{t("ends")}</dt>
        <dd>
          <time dateTime={endsAt.toISOString()}>{formatGenevaDay(new Date(endsAt.getTime() - 1), locale)}</time>
        </dd>
      </dl>
      {phase.datesIndicative && (
        <p role="note" className="rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t("indicativeNotice")}
        </p>
      )}
      <PhaseDetails year={edition.year} phase={phase} status={status} deadlines={calendar.deadlines} now={now} locale={locale} />
      <nav aria-label={t("otherPhases")} className="flex flex-wrap justify-between gap-4 border-t border-zinc-200 pt-4">
        {previous ? (
          <Link href={phaseHref(edition.year, previous.number)} className="text-un-blue-dark underline">
            <span aria-hidden className="inline-block rtl:-scale-x-100">
              ←
            </span>{" "}
            {t("phase", { numeral: romanNumeral(previous.number) })}: {localizeText(previous.title, locale)}
          </Link>
        ) : (
          <span />
        )}
        {following && (
          <Link href={phaseHref(edition.year, following.number)} className="text-un-blue-dark underline">
            {t("phase", { numeral: romanNumeral(following.number) })}: {localizeText(following.title, locale)}{" "}
            <span aria-hidden className="inline-block rtl:-scale-x-100">
              →
            </span>
          </Link>
        )}
      </nav>
    </article>
  );
}
