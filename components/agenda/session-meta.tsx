import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import type { AgendaCatalog } from "@/lib/agenda/queries";
import type { AgendaSessionView } from "@/lib/agenda/snapshot";
import { localize, localizeText } from "@/lib/i18n/localized";
import { formatList } from "@/lib/i18n/lists";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import { formatGenevaDay, formatGenevaTimeRange } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

// Intl objects are costly to build (about a millisecond each here) and immutable: one per language.
const displayNames = new Map<Locale, Intl.DisplayNames>();

/** Language names in the page's language ("French", "français"...). */
export function languageNames(languages: readonly string[], locale: Locale): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([intlLocale(locale)], { type: "language" })));
  return formatList(
    languages.map((l) => names.of(l) ?? l),
    locale,
  );
}

/** The facts of a session as a description list: time (Geneva, with offset), room, track, type, languages, Action Lines, SDGs. */
export async function SessionMeta({
  session,
  catalog,
  locale,
  withDay = false,
}: {
  session: AgendaSessionView;
  catalog: AgendaCatalog;
  locale: Locale;
  withDay?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  const label = await enumLabeller(locale);
  const fallback = t("fallbackNotice");
  const actionLines = session.actionLines.map((code) => {
    const row = catalog.actionLines.find((a) => a.code === code);
    return { code, title: row ? localizeText(row.title, locale) : "" };
  });
  const sdgs = session.sdgs.map((n) => ({ n, title: localizeText(catalog.sdgs.find((s) => s.number === n)?.title, locale) }));
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("time")}</dt>
      <dd>
        <time dateTime={session.startsAt.toISOString()}>
          {withDay && <>{formatGenevaDay(session.startsAt, locale)}, </>}
          <span dir="ltr">{formatGenevaTimeRange(session.startsAt, session.endsAt, locale)}</span>
        </time>
      </dd>
      {session.room && (
        <>
          <dt className="font-semibold">{t("room")}</dt>
          <dd>
            <LocalizedText value={localize(session.room.name, locale)} fallbackLabel={fallback} locale={locale} />
          </dd>
        </>
      )}
      <dt className="font-semibold">{t("track")}</dt>
      <dd>{label("Track", session.track)}</dd>
      <dt className="font-semibold">{t("type")}</dt>
      <dd>{label("SessionType", session.type)}</dd>
      {session.languages.length > 0 && (
        <>
          <dt className="font-semibold">{t("languages")}</dt>
          <dd>{languageNames(session.languages, locale)}</dd>
        </>
      )}
      {actionLines.length > 0 && (
        <>
          <dt className="font-semibold">{t("actionLines")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-1">
              {actionLines.map((a) => (
                <li key={a.code} title={a.title} className="rounded bg-zinc-100 px-1.5">
                  <abbr title={a.title}>{a.code}</abbr>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {sdgs.length > 0 && (
        <>
          <dt className="font-semibold">{t("sdgs")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-1">
              {sdgs.map((s) => (
                <li key={s.n} className="rounded bg-zinc-100 px-1.5">
                  {t("sdg", { number: s.n, title: s.title })}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
