import { getTranslations } from "next-intl/server";
import { RefreshAt } from "@/components/layout/refresh-at";
import { LocalizedText } from "@/components/ui/localized-text";
import { actionHref, isMemberStateKind, meetingHref, phaseHref } from "@/lib/forums/links";
import { nextCalendarChange, openNow } from "@/lib/forums/policy";
import type { EditionCalendar } from "@/lib/forums/queries";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDeadline, formatGenevaDateTime, formatGenevaDay } from "@/lib/time/format";

/** "Open now": the phases under way, the open windows with a link to act, the next phase. */
export async function OpenNow({ year, calendar, now, locale }: { year: number; calendar: EditionCalendar; now: Date; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PublicEdition" });
  const ta = await getTranslations({ locale, namespace: "PublicAction" });
  const tm = await getTranslations({ locale, namespace: "PublicMemberStates" });
  const td = await getTranslations({ locale, namespace: "DeadlineKind" });
  const fallback = t("fallbackNotice");
  const open = openNow(calendar, now);
  const nothing = open.phases.length === 0 && open.windows.length === 0 && open.meetings.length === 0;
  const until = (closesAt: Date) => {
    const d = formatDeadline(closesAt, locale);
    return d.endOfDay ? t("untilEndOf", { date: d.text }) : t("until", { dateTime: d.text });
  };

  return (
    <section aria-labelledby="open-now" className="rounded border-2 border-un-blue p-4">
      <h2 id="open-now" className="mb-2 text-2xl font-semibold">
        {t("openNow")}
      </h2>
      <RefreshAt at={nextCalendarChange(calendar, now)?.toISOString() ?? null} />
      <p className="mb-3 text-sm text-zinc-700">{t("asOf", { date: formatGenevaDateTime(now, locale) })}</p>
      {nothing && <p>{t("nothingOpen")}</p>}
      <ul className="flex flex-col gap-3">
        {open.phases.map(({ phase }) => (
          <li key={`phase-${phase.number}`}>
            <Link href={phaseHref(year, phase.number)} className="font-semibold text-un-blue-dark underline">
              {t("phaseUnderWay", { number: phase.number })}
            </Link>{" "}
            <LocalizedText value={localize(phase.title, locale)} fallbackLabel={fallback} locale={locale} />
          </li>
        ))}
        {open.windows.map((w) => {
          const href = actionHref(w.kind, year);
          return (
            <li key={w.kind} className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-semibold">{td(w.kind)}</span>
              <span>{until(w.closesAt)}</span>
              {isMemberStateKind(w.kind) ? (
                <span className="text-sm text-zinc-700">{tm("guidance")}</span>
              ) : (
                href && (
                  <Link href={href} className="rounded bg-un-blue px-3 py-1 text-sm font-semibold text-white hover:bg-un-blue-dark">
                    {ta(w.kind)}
                  </Link>
                )
              )}
            </li>
          );
        })}
        {open.meetings.map((m) => (
          <li key={m.id} className="flex flex-wrap items-baseline gap-x-3">
            <LocalizedText value={localize(m.title, locale)} fallbackLabel={fallback} locale={locale} className="font-semibold" />
            <span>{formatGenevaDateTime(m.startsAt, locale)}</span>
            <Link href={meetingHref(year, m.id)} className="rounded bg-un-blue px-3 py-1 text-sm font-semibold text-white hover:bg-un-blue-dark">
              {ta("MEETING_REGISTRATION")}
            </Link>
          </li>
        ))}
      </ul>
      {open.next && (
        <p className="mt-3">
          {t("nextPhase", { number: open.next.phase.number, date: formatGenevaDay(open.next.phase.startsAt, locale) })}{" "}
          <Link href={phaseHref(year, open.next.phase.number)} className="text-un-blue-dark underline">
            {localize(open.next.phase.title, locale).text}
          </Link>
        </p>
      )}
    </section>
  );
}
