import { getTranslations } from "next-intl/server";
import { PhaseDetails } from "@/components/forums/phase-details";
import { Badge, phaseStatusTones } from "@/components/ui/status-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import { phaseHref } from "@/lib/forums/links";
import { romanNumeral } from "@/lib/forums/phases";
import { phaseStatus } from "@/lib/forums/policy";
import type { EditionCalendar } from "@/lib/forums/queries";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatGenevaDay } from "@/lib/time/format";

/** The phases as a vertical timeline, each with its live status computed at `now`. */
export async function ConsultationTimeline({ year, calendar, now, locale }: { year: number; calendar: EditionCalendar; now: Date; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PublicConsultation" });
  const ts = await getTranslations({ locale, namespace: "PublicPhaseStatus" });
  const phases = phaseStatus(calendar.phases, now);
  return (
    <ol className="flex flex-col gap-6 border-s-4 border-un-blue ps-6">
      {phases.map(({ phase, status }) => (
        <li key={phase.number} className="relative" aria-current={status === "open" ? "step" : undefined}>
          <span
            aria-hidden
            className={`absolute -start-[2.05rem] top-2 h-4 w-4 rounded-full border-4 border-white ${status === "open" ? "bg-green-700" : status === "done" ? "bg-zinc-500" : "bg-un-blue"}`}
          />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h3 className="text-xl font-semibold">
              <Link href={phaseHref(year, phase.number)} className="text-un-blue-dark underline">
                {t("phase", { numeral: romanNumeral(phase.number) })}
              </Link>
              {" — "}
              <LocalizedText value={localize(phase.title, locale)} fallbackLabel={t("fallbackNotice")} locale={locale} />
            </h3>
            <Badge tone={phaseStatusTones[status]}>{ts(status)}</Badge>
          </div>
          <p className="mb-2 font-semibold text-zinc-700">
            <time dateTime={phase.startsAt.toISOString()}>{formatGenevaDay(phase.startsAt, locale)}</time>
            {phase.datesIndicative && <span className="ms-2 text-sm font-normal">({t("indicative")})</span>}
          </p>
          <PhaseDetails year={year} phase={phase} status={status} deadlines={calendar.deadlines} now={now} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
