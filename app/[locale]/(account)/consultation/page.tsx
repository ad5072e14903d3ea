import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { ScrollTable } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { listOwnRegistrations } from "@/lib/meetings/queries";
import { getProfile } from "@/lib/profiles/queries";
import { windowState } from "@/lib/deadlines/policy";
import { listDeadlinesAhead, listOwnSubmissions } from "@/lib/submissions/queries";
import { formatDeadline, formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

const actLinks = {
  CONTRIBUTION: "contributions/new",
  WORKSHOP_REQUEST: "workshops/new",
  FACILITATOR_NOMINATION: "nominations/new",
  MEETING_REGISTRATION: "meetings",
} as const;

/** "My consultation": everything the user submitted or registered for, with its status, and the deadlines ahead. */
export default async function MyConsultationPage({ params, searchParams }: PageProps<"/[locale]/consultation">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation`);
  const [t, tk, profile, submissions, registrations, deadlines] = await Promise.all([
    getTranslations({ locale, namespace: "MyConsultation" }),
    getTranslations({ locale, namespace: "ConsultationMail.kind" }),
    getProfile(user.id),
    listOwnSubmissions(user.id),
    listOwnRegistrations(user.id),
    listDeadlinesAhead(user.id, now),
  ]);
  const profileSaved = (await searchParams).notice === "profileSaved";
  const years = [...new Set(deadlines.map((d) => d.year))];
  return (
    <section className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {profileSaved && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t("profileSaved")}
        </p>
      )}
      <section aria-labelledby="profile-title" className="flex flex-col gap-2">
        <h2 id="profile-title" className="text-xl font-semibold">
          {t("profile")}
        </h2>
        {profile?.complete ? (
          <p>{t("profileSummary", { name: profile.name ?? "", organisation: profile.organisation?.name ?? "" })}</p>
        ) : (
          <p className="rounded border border-amber-400 bg-amber-50 p-3">{t("profileIncomplete")}</p>
        )}
        <p>
          <Link href="/profile" className="text-un-blue-dark underline">
            {t("editProfile")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="deadlines-title" className="flex flex-col gap-2">
        <h2 id="deadlines-title" className="text-xl font-semibold">
          {t("deadlinesAhead")}
        </h2>
        {deadlines.length === 0 ? (
          <p>{t("noDeadlines")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {deadlines.map((d) => {
              const closes = formatDeadline(d.window.closesAt, locale);
              const open = windowState(d.window, now) === "OPEN";
              return (
                <li key={`${d.year}-${d.kind}`} className="flex flex-wrap items-baseline gap-x-3">
                  <span className="font-medium">{t(`deadlineKind.${d.kind}`, { year: d.year })}</span>
                  <span>
                    {open
                      ? t("closes", { when: closes.endOfDay ? t("byEndOf", { day: closes.text }) : closes.text })
                      : t("opens", { when: formatGenevaDateTime(d.window.opensAt ?? now, locale) })}
                    {d.window.extended ? ` ${t("extended")}` : ""}
                  </span>
                  {open && (
                    <Link href={`/consultation/${d.year}/${actLinks[d.kind as keyof typeof actLinks]}`} className="text-un-blue-dark underline">
                      {t(`act.${d.kind as keyof typeof actLinks}`, { year: d.year })}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {years.map((y) => (
          <p key={y}>
            <Link href={`/consultation/${y}/discussions`} className="text-un-blue-dark underline">
              {t("discussions", { year: y })}
            </Link>
          </p>
        ))}
      </section>

      <section aria-labelledby="submissions-title" className="flex flex-col gap-2">
        <h2 id="submissions-title" className="text-xl font-semibold">
          {t("mySubmissions")}
        </h2>
        {submissions.length === 0 ? (
          <p>{t("noSubmissions")}</p>
        ) : (
          <ScrollTable columns={[t("col.title"), t("col.kind"), t("col.edition"), t("col.status"), t("col.updated")]}>
            {submissions.map((s) => (
              <tr key={s.id} className="border-b border-zinc-200">
                <td className="p-2">
                  <Link href={`/consultation/submissions/${s.id}`} className="text-un-blue-dark underline" dir="auto">
                    {s.title}
                  </Link>
                  <div className="text-xs text-zinc-700">{s.reference}</div>
                </td>
                <td className="p-2">{tk(s.kind)}</td>
                <td className="p-2">{s.edition.year}</td>
                <td className="p-2">
                  <StatusBadge locale={locale} of="SubmissionStatus" status={s.status} />
                  {s.status === "REVISIONS_REQUESTED" && s.revisionDueAt && (
                    <div className="text-xs">{t("reviseBy", { when: formatGenevaDateTime(s.revisionDueAt, locale) })}</div>
                  )}
                </td>
                <td className="p-2">{formatGenevaDateTime(s.updatedAt, locale)}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="meetings-title" className="flex flex-col gap-2">
        <h2 id="meetings-title" className="text-xl font-semibold">
          {t("myMeetings")}
        </h2>
        {registrations.length === 0 ? (
          <p>{t("noMeetings")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {registrations.map((r) => (
              <li key={r.id}>
                <Link href={`/consultation/${r.meeting.edition.year}/meetings/${r.meeting.id}`} className="text-un-blue-dark underline">
                  {localizeText(r.meeting.title, locale)}
                </Link>
                {" · "}
                {formatGenevaDateTime(r.meeting.startsAt, locale)}
                {" · "}
                {t(`registration.${r.status}`, { mode: r.mode })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
