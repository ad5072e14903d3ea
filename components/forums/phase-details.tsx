import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { actionHref, isMemberStateKind, meetingHref } from "@/lib/forums/links";
import { phaseActivities } from "@/lib/forums/phases";
import { isWindowOpen, type PhaseStatus } from "@/lib/forums/policy";
import type { DeadlineSummary, PhaseDetail } from "@/lib/forums/queries";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDeadline, formatGenevaDay, formatGenevaTimeRange } from "@/lib/time/format";

/**
 * The body of a phase: when, where, its activities, its meetings (time, place, remote
 * participation) and, while it is open, what a stakeholder can do now.
 */
export async function PhaseDetails({
  year,
  phase,
  status,
  deadlines,
  now,
  locale,
}: {
  year: number;
  phase: PhaseDetail;
  status: PhaseStatus;
  deadlines: readonly DeadlineSummary[];
  now: Date;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "PublicConsultation" });
  const tact = await getTranslations({ locale, namespace: "PublicActivity" });
  const ta = await getTranslations({ locale, namespace: "PublicAction" });
  const tm = await getTranslations({ locale, namespace: "PublicMemberStates" });
  const td = await getTranslations({ locale, namespace: "DeadlineKind" });
  const fallback = t("fallbackNotice");
  const activities = phaseActivities(phase.activities);
  const registration = deadlines.find((d) => d.kind === "MEETING_REGISTRATION");
  const canRegister = (m: PhaseDetail["meetings"][number]) =>
    !!registration && isWindowOpen(registration, now) && now.getTime() < (m.registrationClosesAt ?? m.startsAt).getTime();
  const openWindows = status === "open" ? deadlines.filter((d) => d.kind !== "MEETING_REGISTRATION" && isWindowOpen(d, now)) : [];
  const registrable = phase.meetings.filter(canRegister);

  return (
    <div className="flex flex-col gap-3">
      <LocalizedText as="p" value={localize(phase.description, locale)} fallbackLabel={fallback} locale={locale} className="max-w-prose" />
      {activities.length > 0 && (
        <div>
          <p className="font-semibold">{t("activities")}</p>
          <ul className="list-disc ps-6">
            {activities.map((a) => (
              <li key={a}>{tact(a)}</li>
            ))}
          </ul>
        </div>
      )}
      {phase.meetings.map((m) => (
        <dl key={m.id} className="grid gap-x-4 gap-y-1 rounded bg-zinc-50 p-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("meeting")}</dt>
          <dd>
            <LocalizedText value={localize(m.title, locale)} fallbackLabel={fallback} locale={locale} />
          </dd>
          <dt className="font-semibold">{t("when")}</dt>
          <dd>
            <time dateTime={m.startsAt.toISOString()}>{formatGenevaDay(m.startsAt, locale)}</time>, {formatGenevaTimeRange(m.startsAt, m.endsAt, locale)}
          </dd>
          <dt className="font-semibold">{t("where")}</dt>
          <dd>
            <LocalizedText value={localize(m.venue, locale)} fallbackLabel={fallback} locale={locale} />
          </dd>
          <dt className="font-semibold">{t("remote")}</dt>
          <dd>{m.remoteAvailable ? t("remoteYes") : t("remoteNo")}</dd>
        </dl>
      ))}
      {phase.meetings.length === 0 && phase.location && (
        <p>
          <span className="font-semibold">{t("where")}:</span>{" "}
          <LocalizedText value={localize(phase.location, locale)} fallbackLabel={fallback} locale={locale} />
        </p>
      )}
      {(openWindows.length > 0 || registrable.length > 0) && (
        <div className="rounded border border-green-700 p-3">
          <p className="mb-2 font-semibold">{t("youCanNow")}</p>
          <ul className="flex flex-col gap-2">
            {openWindows.map((w) => {
              const href = actionHref(w.kind, year);
              const closes = formatDeadline(w.closesAt, locale);
              return (
                <li key={w.kind} className="flex flex-wrap items-baseline gap-x-3">
                  <span>{td(w.kind)}</span>
                  <span className="text-sm text-zinc-700">{closes.endOfDay ? t("byEndOf", { date: closes.text }) : t("by", { dateTime: closes.text })}</span>
                  {isMemberStateKind(w.kind) ? (
                    <span className="text-sm text-zinc-700">{tm("guidance")}</span>
                  ) : (
                    href && (
                      <Link href={href} className="font-semibold text-un-blue-dark underline">
                        {ta(w.kind)}
                      </Link>
                    )
                  )}
                </li>
              );
            })}
            {registrable.map((m) => (
              <li key={m.id}>
                <Link href={meetingHref(year, m.id)} className="font-semibold text-un-blue-dark underline">
                  {t("registerFor", { remote: m.remoteAvailable ? "yes" : "no" })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
