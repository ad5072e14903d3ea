import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { languageNames } from "@/components/agenda/session-meta";
import { EditionNav } from "@/components/forums/edition-nav";
import { LocalizedText } from "@/components/ui/localized-text";
import { getPublishedAgenda } from "@/lib/agenda/queries";
import { documentHref, editionHref, sessionHref } from "@/lib/forums/links";
import { editionFromParams } from "@/lib/forums/params";
import { listCampaigns } from "@/lib/forums/queries";
import { localize, localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { listPublishedStatements } from "@/lib/policy-statements/queries";
import { pageMetadata } from "@/lib/public/metadata";
import { formatCalendarDay, formatCalendarRange, formatDeadline, formatGenevaDay, formatGenevaTimeRange } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

type Props = PageProps<"/[locale]/forums/[year]/high-level-track">;

/** The speaking time of a policy statement (PolicyStatement.timeLimitMinutes' default). */
const STATEMENT_MINUTES = 3;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, edition } = await editionFromParams(params);
  const t = await getTranslations({ locale, namespace: "PublicHlt" });
  const forum = localizeText(edition.title, locale);
  return pageMetadata({
    locale,
    path: editionHref(edition.year, "high-level-track"),
    title: t("title", { forum }),
    description: t("metaDescription", { forum }),
  });
}

export default async function HighLevelTrackPage({ params }: Props) {
  const { locale, edition } = await editionFromParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicHlt" });
  const label = await enumLabeller(locale);
  const [agenda, campaigns, statements] = await Promise.all([getPublishedAgenda(edition.id), listCampaigns(edition.id), listPublishedStatements()]);
  const forum = localizeText(edition.title, locale);
  const fallback = t("fallbackNotice");
  const sessions = agenda?.sessions.filter((s) => s.track === "HIGH_LEVEL") ?? [];
  // the statement deadlines the statement service enforces: each letter's own (lib/deadlines)
  const statementDeadlines = [...new Set(campaigns.map((c) => c.statementDeadline.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const deadlineText = (d: Date) => {
    const f = formatDeadline(d, locale);
    return f.endOfDay ? t("byEndOf", { date: f.text }) : t("by", { dateTime: f.text });
  };
  const components = ["OPENING", "POLICY_STATEMENTS", "POLICY_DIALOGUE", "PRIZES_CEREMONY", "NETWORKING"] as const;
  // published statements of this edition, in protocol order (the Member States area's query)
  const sortedStatements = statements.filter((s) => s.edition.year === edition.year);

  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title", { forum })}</h1>
      <EditionNav year={edition.year} current="high-level-track" locale={locale} />
      <p className="text-lg">
        {edition.hltStartDate && edition.hltEndDate
          ? t("dates", { dates: formatCalendarRange(edition.hltStartDate, edition.hltEndDate, locale) })
          : t("datesUnknown")}
      </p>
      <section aria-labelledby="what">
        <h2 id="what" className="mb-2 text-2xl font-semibold">
          {t("whatTitle")}
        </h2>
        <p className="mb-2 max-w-prose">{t("what")}</p>
        <ul className="list-disc ps-6">
          {components.map((c) => (
            <li key={c}>
              <span className="font-semibold">{label("SessionType", c)}</span>: {t(`component.${c}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="who">
        <h2 id="who" className="mb-2 text-2xl font-semibold">
          {t("whoTitle")}
        </h2>
        <p className="mb-2 max-w-prose">{t("who")}</p>
        {campaigns.map((c) => (
          <p key={c.symbol} className="mb-2 max-w-prose">
            {t("campaign", { symbol: c.symbol, date: formatCalendarDay(c.letterDate, locale), deadline: deadlineText(c.responseDeadline) })}{" "}
            {c.document && (
              <Link href={documentHref(c.document.slug)} className="text-un-blue-dark underline">
                {t("readLetter", { symbol: c.symbol })}
              </Link>
            )}
          </p>
        ))}
        {statementDeadlines.map((d) => (
          <p key={d.getTime()} className="font-semibold">
            {t("statementDeadline", { deadline: deadlineText(d) })}
          </p>
        ))}
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules" className="mb-2 text-2xl font-semibold">
          {t("rulesTitle")}
        </h2>
        <ul className="list-disc ps-6">
          <li>{t("ruleOneSpeaker")}</li>
          <li>{t("ruleTime", { minutes: STATEMENT_MINUTES })}</li>
          <li>{t("ruleLanguages")}</li>
          <li>{t("ruleWomen")}</li>
        </ul>
      </section>
      <section aria-labelledby="access" className="rounded border-2 border-un-blue p-4">
        <h2 id="access" className="mb-2 text-2xl font-semibold">
          {t("accessTitle")}
        </h2>
        <p className="mb-3 max-w-prose">{t("access")}</p>
        <Link href="/policy-statements" className="inline-block rounded bg-un-blue px-4 py-2 font-semibold text-white hover:bg-un-blue-dark">
          {t("accessLink")}
        </Link>
      </section>
      <section aria-labelledby="programme">
        <h2 id="programme" className="mb-2 text-2xl font-semibold">
          {t("programmeTitle")}
        </h2>
        {sessions.length === 0 ? (
          <p>{t("programmeNone")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {sessions.map((s) => (
              <li key={s.slug} className="flex flex-wrap gap-x-3">
                <time dateTime={s.startsAt.toISOString()} className="min-w-72 font-semibold">
                  {formatGenevaDay(s.startsAt, locale)}, <span dir="ltr">{formatGenevaTimeRange(s.startsAt, s.endsAt, locale)}</span>
                </time>
                <Link href={sessionHref(edition.year, s.slug)} className="text-un-blue-dark underline">
                  <LocalizedText value={localize(s.title, locale)} fallbackLabel={fallback} locale={locale} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="statements">
        <h2 id="statements" className="mb-2 text-2xl font-semibold">
          {t("statementsTitle")}
        </h2>
        {sortedStatements.length === 0 ? (
          <p>{t("statementsNone")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {sortedStatements.map((s) => (
              <li key={s.id} className="rounded border border-zinc-200 p-3">
                <p className="font-semibold">{localizeText(s.memberState.name, locale)}</p>
                <p>
                  {s.speakerName}, {s.speakerTitle} · {languageNames([s.language], locale)}
                </p>
                {s.text && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-un-blue-dark underline">{t("readStatement")}</summary>
                    <p lang={s.language} dir="auto" className="mt-2 whitespace-pre-line">
                      {s.text}
                    </p>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
