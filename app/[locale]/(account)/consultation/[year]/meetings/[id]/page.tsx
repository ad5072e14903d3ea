import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangeMeetingModeForm, MeetingRegistrationForm } from "@/components/consultation/meeting-forms";
import { CommandButton } from "@/components/forms/command-button";
import { WindowNotice } from "@/components/consultation/window-notice";
import { LocalizedText } from "@/components/ui/localized-text";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localize } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { cancelMeetingRegistrationAction, changeMeetingModeAction, registerForMeetingAction } from "@/lib/meetings/actions";
import { getMeetingForUser } from "@/lib/meetings/queries";
import { getConsultationEdition } from "@/lib/submissions/queries";
import { formatGenevaDay, formatGenevaTimeRange } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

const NOTICES = ["registered", "waitlisted", "cancelled", "modeChanged"] as const;

export default async function MeetingPage({ params, searchParams }: PageProps<"/[locale]/consultation/[year]/meetings/[id]">) {
  const { locale: raw, year, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation/${year}/meetings/${id}`);
  const edition = /^\d{4}$/.test(year) ? await getConsultationEdition(Number(year)) : null;
  const meeting = edition ? await getMeetingForUser(edition.id, id, user.id, now) : null;
  if (!edition || !meeting) notFound();
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "Meetings" }), getTranslations({ locale, namespace: "Common" })]);
  const noticeParam = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === noticeParam);
  const mine = meeting.mine && meeting.mine.status !== "CANCELLED" ? meeting.mine : null;
  return (
    <ClientMessages namespaces={["Meetings"]}>
      <section className="flex flex-col gap-5">
        <p className="text-sm">
          <Link href={`/consultation/${edition.year}/meetings`} className="text-un-blue-dark underline">
            {t("allMeetings")}
          </Link>
        </p>
        <LocalizedText as="h1" className="text-3xl font-bold" value={localize(meeting.title, locale)} locale={locale} fallbackLabel={tc("englishFallback")} />
        {notice && <Notice>{t(`notice.${notice}`)}</Notice>}
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("when")}</dt>
          <dd>
            {formatGenevaDay(meeting.startsAt, locale)}, {formatGenevaTimeRange(meeting.startsAt, meeting.endsAt, locale)}
          </dd>
          <dt className="font-semibold">{t("where")}</dt>
          <dd>
            <LocalizedText value={localize(meeting.venue, locale)} locale={locale} fallbackLabel={tc("englishFallback")} />
          </dd>
          <dt className="font-semibold">{t("seats")}</dt>
          <dd>
            {meeting.seatsLeft === null ? t("unlimited") : t("seatsLeft", { left: meeting.seatsLeft, capacity: meeting.capacity ?? 0 })} ·{" "}
            {t("waitlistCount", { count: meeting.counts.waitlisted })}
          </dd>
          <dt className="font-semibold">{t("remoteLabel")}</dt>
          <dd>{meeting.remoteAvailable ? t("remoteYes") : t("remoteNo")}</dd>
        </dl>
        <p>
          <a href={`/api/meetings/${meeting.id}/ics?lang=${locale}`} className="text-un-blue-dark underline">
            {t("addToCalendar")}
          </a>
        </p>
        {meeting.cancelledAt && <p className="rounded border border-red-300 bg-red-50 p-3">{t("meetingCancelled")}</p>}
        {mine ? (
          <div className="flex flex-col gap-3 rounded border border-green-600 bg-green-50 p-4">
            <h2 className="text-lg font-semibold">{t("yourRegistration")}</h2>
            <p>{t(`status.${mine.status}`, { mode: mine.mode, position: mine.waitlistPosition ?? 0 })}</p>
            {mine.status === "REGISTERED" && mine.mode === "REMOTE" && <p>{meeting.remoteDetailsMailed ? t("remoteDetailsSent") : t("remoteDetailsLater")}</p>}
            <div className="flex flex-wrap items-start gap-4">
              {meeting.blocker === null && (mine.mode === "IN_PERSON" ? meeting.remoteAvailable : true) && (
                <ChangeMeetingModeForm
                  action={changeMeetingModeAction.bind(null, locale, edition.year, meeting.id)}
                  mode={mine.mode}
                  full={meeting.seatsLeft === 0}
                />
              )}
              {now < meeting.startsAt && (
                <CommandButton danger action={cancelMeetingRegistrationAction.bind(null, locale, edition.year, meeting.id)} label={t("cancel")} />
              )}
            </div>
          </div>
        ) : (
          <>
            <WindowNotice window={meeting.window} now={now} locale={locale} />
            {meeting.blocker === null && (
              <MeetingRegistrationForm
                action={registerForMeetingAction.bind(null, locale, edition.year, meeting.id)}
                remoteAvailable={meeting.remoteAvailable}
                full={meeting.seatsLeft === 0}
              />
            )}
            {meeting.blocker !== null && !meeting.cancelledAt && <p>{t("registrationClosed")}</p>}
          </>
        )}
      </section>
    </ClientMessages>
  );
}
