import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionMeta } from "@/components/agenda/session-meta";
import { EditionNav } from "@/components/forums/edition-nav";
import { LocalizedText } from "@/components/ui/localized-text";
import { getAgendaCatalog, getPublishedAgenda } from "@/lib/agenda/queries";
import { editionHref, sessionHref } from "@/lib/forums/links";
import { editionFromParams } from "@/lib/forums/params";
import { localize, localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata, summarize } from "@/lib/public/metadata";
import { formatGenevaDay, formatGenevaTimeRange } from "@/lib/time/format";

type Props = PageProps<"/[locale]/forums/[year]/agenda/[slug]">;

/** The session from the newest publication; a session not (or no longer) published is a 404. */
async function load(params: Props["params"]) {
  const { locale, edition } = await editionFromParams(params);
  const { slug } = await params;
  const agenda = await getPublishedAgenda(edition.id);
  const session = agenda?.sessions.find((s) => s.slug === slug);
  if (!session) notFound();
  return { locale, edition, session };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, edition, session } = await load(params);
  const title = localizeText(session.title, locale);
  const when = `${formatGenevaDay(session.startsAt, locale)}, ${formatGenevaTimeRange(session.startsAt, session.endsAt, locale)}`;
  return pageMetadata({
    locale,
    path: sessionHref(edition.year, session.slug),
    title: `${title} | ${localizeText(edition.title, locale)}`,
    description: summarize(`${when}. ${session.description ? localizeText(session.description, locale) : title}`),
  });
}

export default async function SessionPage({ params }: Props) {
  const { locale, edition, session } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  const catalog = await getAgendaCatalog();
  const fallback = t("fallbackNotice");
  const forum = localizeText(edition.title, locale);

  return (
    <article className="flex flex-col gap-6">
      <p>
        <Link href={editionHref(edition.year, "agenda")} className="text-un-blue-dark underline">
          {t("title", { forum })}
        </Link>
      </p>
      <LocalizedText
        as="h1"
        className="text-3xl font-bold text-un-blue-dark"
        value={localize(session.title, locale)}
        fallbackLabel={fallback}
        locale={locale}
      />
      <EditionNav year={edition.year} current="agenda" locale={locale} />
      <SessionMeta session={session} catalog={catalog} locale={locale} withDay />
      {session.description && (
        <LocalizedText as="p" className="max-w-prose" value={localize(session.description, locale)} fallbackLabel={fallback} locale={locale} />
      )}
      {session.speakers.length > 0 && (
        <section aria-labelledby="speakers">
          <h2 id="speakers" className="mb-2 text-2xl font-semibold">
            {t("speakers")}
          </h2>
          <ul className="flex flex-col gap-1">
            {session.speakers.map((s, i) => (
              <li key={i}>
                <span className="font-semibold">{s.name}</span>
                {[s.title, s.organisation].filter(Boolean).length > 0 && <span>, {[s.title, s.organisation].filter(Boolean).join(", ")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {session.type === "POLICY_STATEMENTS" && (
        <p>
          <Link href={editionHref(edition.year, "high-level-track")} className="text-un-blue-dark underline">
            {t("aboutStatements")}
          </Link>
        </p>
      )}
      <p>
        <a href={`/${locale}/forums/${edition.year}/agenda/${session.slug}/calendar.ics`} className="font-semibold text-un-blue-dark underline" download>
          {t("downloadSession")}
        </a>
      </p>
    </article>
  );
}
