import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommandButton } from "@/components/forms/command-button";
import { AccreditationDecision } from "@/components/registrations/accreditation-decision";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireSecretariat } from "@/lib/auth/session";
import { BadgeCategory } from "@/lib/generated/prisma/enums";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { accreditRegistrationAction, bulkAccreditAction, rejectRegistrationAction, requestRegistrationInfoAction } from "@/lib/registrations/actions";
import { listAccreditationQueue } from "@/lib/registrations/queries";
import { formatGenevaDateTime } from "@/lib/time/format";
import { nameWithHonorific } from "@/lib/registrations/display-name";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

const BULK_FORM = "bulk-accredit";

/** The secretariat's accreditation queue: decide each registration, or accredit several at once. */
const NOTICES = ["accredited", "rejected", "infoRequested", "bulkDone"] as const;
const count = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,4}$/.test(v) ? Number(v) : 0);

export default async function AccreditationQueuePage({ params, searchParams }: PageProps<"/[locale]/admin/registrations/queue">) {
  const locale = asLocale((await params).locale);
  const query = await searchParams;
  const notice = NOTICES.find((n) => n === query.notice);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/registrations/queue`);
  const [t, label, queue] = await Promise.all([
    getTranslations({ locale, namespace: "AccreditationQueue" }),
    enumLabeller(locale),
    listAccreditationQueue(secretariat, locale),
  ]);
  const categories = Object.values(BadgeCategory).map((value) => ({ value, label: label("BadgeCategory", value) }));
  return (
    <ClientMessages namespaces={["AccreditationQueue"]}>
      <section className="flex flex-col gap-5">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {notice && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {notice === "bulkDone" ? t("bulkDone", { accredited: count(query.accredited), skipped: count(query.skipped) }) : t(notice)}
          </p>
        )}
        <p>{t("intro")}</p>
        <p className="font-semibold">{t("count", { count: queue.length })}</p>
        {queue.length === 0 && <p>{t("empty")}</p>}
        <ol className="flex flex-col gap-5">
          {queue.map((r) => (
            <li key={r.id}>
              <article aria-labelledby={`reg-${r.id}`} className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
                <div className="flex flex-wrap items-start gap-4">
                  {r.hasPhoto ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a private, per-registration image
                    <img
                      src={`/api/registrations/${r.id}/photo`}
                      alt={t("photoAlt", { name: r.name })}
                      width={90}
                      height={120}
                      className="rounded border border-zinc-300"
                    />
                  ) : (
                    <p className="w-24 text-sm text-zinc-700">{t("noPhoto")}</p>
                  )}
                  <div className="flex flex-1 flex-col gap-1">
                    <h2 id={`reg-${r.id}`} className="text-xl font-semibold">
                      {nameWithHonorific(r.honorific, label("Honorific", r.honorific), r.name, locale)}
                    </h2>
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <StatusBadge locale={locale} of="ForumRegistrationStatus" status={r.status} />
                      <span>{t("edition", { year: r.edition })}</span>
                      <span>{t("submitted", { when: formatGenevaDateTime(r.submittedAt, locale) })}</span>
                    </p>
                    {r.jobTitle && <p>{r.jobTitle}</p>}
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="ids" value={r.id} form={BULK_FORM} />
                      {t("select", { name: r.name })}
                    </label>
                  </div>
                </div>
                <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t("email")}</dt>
                  <dd>{r.email}</dd>
                  <dt className="font-semibold">{t("organisation")}</dt>
                  <dd>
                    {r.organisation ?? "—"}
                    {r.organisationEligible ? ` (${t("eligible")})` : ""}
                  </dd>
                  <dt className="font-semibold">{t("stakeholderType")}</dt>
                  <dd>{r.stakeholderType}</dd>
                  <dt className="font-semibold">{t("country")}</dt>
                  <dd>{r.country}</dd>
                  <dt className="font-semibold">{t("gender")}</dt>
                  <dd>{label("Gender", r.gender)}</dd>
                  <dt className="font-semibold">{t("attendance")}</dt>
                  <dd>
                    {label("Attendance", r.attendance)}
                    {r.visaRequested ? ` · ${t("visa")}` : ""}
                  </dd>
                  {r.accessibilityNeeds && (
                    <>
                      <dt className="font-semibold">{t("accessibility")}</dt>
                      <dd dir="auto">{r.accessibilityNeeds}</dd>
                    </>
                  )}
                  <dt className="font-semibold">{t("interest")}</dt>
                  <dd>
                    {r.interest ? (
                      <>
                        <p dir="auto" className="whitespace-pre-line">
                          {r.interest.reason}
                        </p>
                        <p className="text-sm">{t("priorParticipation", { answer: r.interest.priorParticipation })}</p>
                      </>
                    ) : (
                      t("noAnswer")
                    )}
                  </dd>
                </dl>
                <AccreditationDecision
                  accredit={accreditRegistrationAction.bind(null, locale, r.id)}
                  reject={rejectRegistrationAction.bind(null, locale, r.id)}
                  requestInfo={requestRegistrationInfoAction.bind(null, locale, r.id)}
                  categories={categories}
                  category={r.category}
                />
              </article>
            </li>
          ))}
        </ol>
        {queue.length > 0 && (
          <section aria-labelledby="bulk-title" className="flex flex-col gap-2 rounded border border-zinc-300 p-4">
            <h2 id="bulk-title" className="text-xl font-semibold">
              {t("bulkTitle")}
            </h2>
            <p>{t("bulkHint")}</p>
            <CommandButton
              id={BULK_FORM}
              action={bulkAccreditAction.bind(null, locale)}
              label={t("bulkAccredit")}
              confirm={{ prompt: t("bulkPrompt"), confirmLabel: t("bulkConfirm"), cancelLabel: t("bulkCancel") }}
            />
          </section>
        )}
      </section>
    </ClientMessages>
  );
}
