import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContributionForm } from "@/components/consultation/contribution-form";
import { NominationForm } from "@/components/consultation/nomination-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { SubmissionView } from "@/components/consultation/submission-view";
import { WindowNotice } from "@/components/consultation/window-notice";
import { WithdrawForm } from "@/components/consultation/withdraw-form";
import { WorkshopForm } from "@/components/consultation/workshop-form";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { getProfile, listCountryOptions, listStakeholderTypeOptions } from "@/lib/profiles/queries";
import { saveContributionAction, saveNominationAction, saveWorkshopAction, withdrawSubmissionAction } from "@/lib/submissions/actions";
import { forumDayOptions, languageOptions } from "@/lib/submissions/form-options";
import { isStakeholderKind, stakeholderKinds } from "@/lib/submissions/kinds";
import { getOwnSubmission, listActionLineOptions, listSdgOptions } from "@/lib/submissions/queries";
import { formatGenevaDateTime } from "@/lib/time/format";
import { Notice } from "@/components/ui/notice";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

const NOTICES = ["saved", "submitted", "duplicates", "withdrawn"] as const;

export default async function SubmissionPage({ params, searchParams }: PageProps<"/[locale]/consultation/submissions/[id]">) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/consultation/submissions/${id}`);
  const s = await getOwnSubmission(user.id, id, now);
  if (!s) notFound();
  const noticeParam = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === noticeParam);
  const [t, tk, profile, stakeholderTypes, countries, actionLines, sdgs] = await Promise.all([
    getTranslations({ locale, namespace: "SubmissionPage" }),
    getTranslations({ locale, namespace: "ConsultationMail.kind" }),
    getProfile(user.id),
    listStakeholderTypeOptions(locale),
    listCountryOptions(locale),
    listActionLineOptions(locale),
    listSdgOptions(locale),
  ]);
  const editable = s.modificationBlocker === null;
  const mode = s.status === "DRAFT" ? "draft" : s.status === "REVISIONS_REQUESTED" ? "resubmit" : "edit";
  const target = { submissionId: s.id };
  const stored = isStakeholderKind(s.kind) ? stakeholderKinds[s.kind].formValues(s) : { values: {} };
  return (
    <ClientMessages namespaces={["ConsultationValidation", "NominationForm", "SubmissionForm", "SubmissionPage", "WorkshopForm"]}>
      <section className="flex flex-col gap-5">
        <p className="text-sm text-zinc-700">
          <Link href="/consultation" className="text-un-blue-dark underline">
            {t("back")}
          </Link>
        </p>
        <p className="text-sm text-zinc-700">
          {tk(s.kind)} · {localizeText(s.edition.title, locale)}
        </p>
        <h1 className="text-3xl font-bold" dir="auto">
          {s.title}
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge locale={locale} of="SubmissionStatus" status={s.status} />
          <span className="text-sm">{t("reference", { reference: s.reference })}</span>
          {s.submittedAt && <span className="text-sm">{t("submittedAt", { when: formatGenevaDateTime(s.submittedAt, locale) })}</span>}
        </div>
        {notice && <Notice tone={notice === "duplicates" ? "warning" : "success"}>{t(`notice.${notice}`)}</Notice>}
        {s.revisionRequest && (
          <section aria-labelledby="revision-request" className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-3">
            <h2 id="revision-request" className="font-semibold">
              {t("revisionRequest.title")}
            </h2>
            {s.revisionRequest.dueAt && <p>{t("revisionsUntil", { when: formatGenevaDateTime(s.revisionRequest.dueAt, locale) })}</p>}
            {s.revisionRequest.message ? (
              <figure className="flex flex-col gap-1">
                <figcaption className="text-sm">
                  {t("revisionRequest.message", { when: formatGenevaDateTime(s.revisionRequest.requestedAt, locale) })}
                </figcaption>
                <blockquote className="whitespace-pre-line border-s-4 border-amber-400 ps-3" dir="auto">
                  {s.revisionRequest.message}
                </blockquote>
              </figure>
            ) : (
              <p>{t("revisionRequest.noMessage")}</p>
            )}
          </section>
        )}
        {/* the deadline matters only while the submission can still be worked on: not once withdrawn or decided */}
        {(s.status === "DRAFT" || s.status === "SUBMITTED") && <WindowNotice window={s.window} now={now} locale={locale} />}
        {editable && s.kind === "CONTRIBUTION" && (
          <ContributionForm
            action={saveContributionAction.bind(null, locale, target)}
            mode={mode}
            stored={stored}
            attachment={s.attachment}
            duplicates={s.duplicates}
            actionLines={actionLines}
            sdgs={sdgs}
            languages={languageOptions()}
          />
        )}
        {editable && s.kind === "WORKSHOP_REQUEST" && (
          <WorkshopForm
            action={saveWorkshopAction.bind(null, locale, target)}
            mode={mode}
            stored={stored}
            duplicates={s.duplicates}
            actionLines={actionLines}
            sdgs={sdgs}
            languages={languageOptions()}
            stakeholderTypes={stakeholderTypes}
            countries={countries}
            days={forumDayOptions(s.edition, locale)}
          />
        )}
        {editable && s.kind === "FACILITATOR_NOMINATION" && (
          <NominationForm
            action={saveNominationAction.bind(null, locale, target)}
            mode={mode}
            stored={stored}
            languages={languageOptions()}
            stakeholderTypes={stakeholderTypes}
            countries={countries}
            nominator={profile?.name ?? user.email}
          />
        )}
        {!editable && <SubmissionView submission={s} locale={locale} stakeholderTypes={stakeholderTypes} />}
        {s.withdrawalBlocker === null && <WithdrawForm action={withdrawSubmissionAction.bind(null, locale, s.id)} isDraft={s.status === "DRAFT"} />}
      </section>
    </ClientMessages>
  );
}
