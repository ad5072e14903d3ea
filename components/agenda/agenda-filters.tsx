import { getTranslations } from "next-intl/server";
import type { AgendaFilters } from "@/lib/agenda/filters";
import { dayKeyToDate } from "@/lib/agenda/filters";
import type { AgendaCatalog } from "@/lib/agenda/queries";
import { localizeText } from "@/lib/i18n/localized";
import { locales, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay } from "@/lib/time/format";
import { languageNames } from "./session-meta";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

/**
 * The filters as a plain GET form: they work without JavaScript and the result is a URL that can
 * be shared. Only values present in the agenda are offered.
 */
export async function AgendaFiltersForm({
  path,
  days,
  filters,
  catalog,
  locale,
}: {
  /** the agenda page, locale-less */
  path: string;
  days: string[];
  filters: AgendaFilters;
  catalog: AgendaCatalog;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "PublicAgenda" });
  const label = await enumLabeller(locale);
  const select = "mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1.5";
  return (
    <form method="get" action={`/${locale}${path}`} className="rounded border border-zinc-200 bg-zinc-50 p-4" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="mb-3 text-lg font-semibold">
        {t("filters")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <label className="text-sm font-medium">
          {t("day")}
          <select name="day" defaultValue={filters.day ?? ""} className={select}>
            <option value="">{t("allDays")}</option>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatCalendarDay(dayKeyToDate(d), locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("track")}
          <select name="track" defaultValue={filters.track ?? ""} className={select}>
            <option value="">{t("allTracks")}</option>
            <option value="HIGH_LEVEL">{label("Track", "HIGH_LEVEL")}</option>
            <option value="FORUM">{label("Track", "FORUM")}</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("actionLine")}
          <select name="actionLine" defaultValue={filters.actionLine ?? ""} className={select}>
            <option value="">{t("allActionLines")}</option>
            {catalog.actionLines.map((a) => (
              <option key={a.code} value={a.code}>
                {a.code} — {localizeText(a.title, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("sdgFilter")}
          <select name="sdg" defaultValue={filters.sdg ? String(filters.sdg) : ""} className={select}>
            <option value="">{t("allSdgs")}</option>
            {catalog.sdgs.map((s) => (
              <option key={s.number} value={s.number}>
                {t("sdg", { number: s.number, title: localizeText(s.title, locale) })}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("language")}
          <select name="language" defaultValue={filters.language ?? ""} className={select}>
            <option value="">{t("allLanguages")}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {languageNames([l], locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-un-blue px-4 py-2 font-semibold text-white hover:bg-un-blue-dark">
          {t("apply")}
        </button>
        <Link href={path} className="text-un-blue-dark underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
