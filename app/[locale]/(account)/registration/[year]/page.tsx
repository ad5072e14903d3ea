import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommandButton } from "@/components/forms/command-button";
import { PrivacyNotice } from "@/components/registrations/privacy-notice";
import { RegistrationForm, type RegistrationFormValues } from "@/components/registrations/registration-form";
import { RegistrationSummary } from "@/components/registrations/registration-summary";
import { StatusBadge } from "@/components/ui/status-badge";
import { BadgeLink } from "@/components/registrations/badge-link";
import { requireUser } from "@/lib/auth/session";
import { windowState } from "@/lib/deadlines/policy";
import { env } from "@/lib/env";
import { Attendance, Gender, Honorific, VisaLetterLanguage } from "@/lib/generated/prisma/enums";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { listCountryOptions, listOrganisationOptions, listStakeholderTypeOptions } from "@/lib/profiles/queries";
import { cancelRegistrationAction, saveRegistrationAction } from "@/lib/registrations/actions";
import { isCancellableStatus, isEditableStatus } from "@/lib/registrations/policy";
import { findRosterPrefill } from "@/lib/registrations/roster";
import {
  getRegistrationDefaults,
  getRegistrationPage,
  listDelegationOptions,
  listEligibleOrganisationIds,
  listNationalityOptions,
  type OwnRegistration,
} from "@/lib/registrations/queries";
import { formatDeadline, formatGenevaDateTime } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

const NOTICES = ["saved", "accredited", "cancelled"] as const;

/** The participant's registration for one edition: status, the form until the deadline, read-only after. */
export default async function RegistrationPage({ params, searchParams }: PageProps<"/[locale]/registration/[year]">) {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const now = new Date();
  const user = await requireUser(locale, `/${locale}/registration/${year}`);
  const page = /^\d{4}$/.test(year) ? await getRegistrationPage(user.id, Number(year), locale) : null;
  if (!page) notFound();
  const { edition, window, registration } = page;
  const query = await searchParams;
  const notice = NOTICES.find((n) => n === query.notice);
  const memberParam = typeof query.member === "string" ? query.member : null;

  const t = await getTranslations({ locale, namespace: "Registration" });
  const state = window ? windowState(window, now) : null;
  const open = state === "OPEN";
  const deadline = window ? formatDeadline(window.closesAt, locale) : null;
  const closes = deadline ? (deadline.endOfDay ? t("byEndOf", { day: deadline.text }) : deadline.text) : "";
  const editable = open && (!registration || isEditableStatus(registration.status));
  const retentionDays = env().PASSPORT_RETENTION_DAYS;

  return (
    <ClientMessages namespaces={["Registration"]}>
      <section className="flex flex-col gap-5">
        <h1 className="text-3xl font-bold">{t("title", { forum: edition.title })}</h1>
        {notice && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {t(`notice.${notice}`)}
          </p>
        )}
        {state === null && <p>{t("noWindow")}</p>}
        {state === "OPEN" && (
          <p>
            {t("intro", { closes })} {window?.extended ? t("extended") : ""}
          </p>
        )}
        {state === "NOT_OPEN_YET" && window?.opensAt && <p>{t("notOpenYet", { opens: formatGenevaDateTime(window.opensAt, locale) })}</p>}
        {state === "CLOSED" && <p className="rounded border border-amber-400 bg-amber-50 p-3">{t("closed", { closes })}</p>}

        {registration && <RegistrationStatus locale={locale} registration={registration} />}
        {registration && <BadgeLink locale={locale} year={edition.year} accredited={registration.status === "ACCREDITED"} visaLetter={!!registration.visa} />}

        {editable ? (
          <EditableRegistration
            locale={locale}
            userId={user.id}
            userEmail={user.email}
            editionId={edition.id}
            year={edition.year}
            registration={registration}
            memberParam={memberParam}
            retentionDays={retentionDays}
          />
        ) : (
          registration && <RegistrationSummary locale={locale} registration={registration} />
        )}

        {open && registration && isCancellableStatus(registration.status) && (
          <CommandButton
            danger
            action={cancelRegistrationAction.bind(null, locale, edition.year)}
            label={t("cancel")}
            confirm={{ prompt: t("cancelPrompt"), confirmLabel: t("cancelConfirm"), cancelLabel: t("cancelKeep") }}
          />
        )}
      </section>
    </ClientMessages>
  );
}

async function RegistrationStatus({ locale, registration }: { locale: Parameters<typeof enumLabeller>[0]; registration: OwnRegistration }) {
  const t = await getTranslations({ locale, namespace: "Registration" });
  const label = await enumLabeller(locale);
  return (
    <div className="flex flex-col gap-2 rounded border border-zinc-300 bg-zinc-50 p-4" aria-labelledby="status-title">
      <h2 id="status-title" className="text-xl font-semibold">
        {t("statusTitle")}
      </h2>
      <p>
        {t("status")} <StatusBadge locale={locale} of="ForumRegistrationStatus" status={registration.status} />
      </p>
      <p>{t(`statusHelp.${registration.status}`)}</p>
      {registration.statusReason && <p className="rounded border border-amber-400 bg-amber-50 p-3">{t("reason", { reason: registration.statusReason })}</p>}
      {registration.status === "ACCREDITED" && <p>{t("category", { category: label("BadgeCategory", registration.category) })}</p>}
      {registration.visa && (
        <p>
          {t("visaStatus")} <StatusBadge locale={locale} of="VisaLetterStatus" status={registration.visa.status} />
        </p>
      )}
    </div>
  );
}

async function EditableRegistration(props: {
  locale: ReturnType<typeof asLocale>;
  userId: string;
  userEmail: string;
  editionId: string;
  year: number;
  registration: OwnRegistration | null;
  memberParam: string | null;
  retentionDays: number;
}) {
  const { locale, registration } = props;
  const [defaults, member, organisations, eligible, stakeholderTypes, countries, delegations, label] = await Promise.all([
    getRegistrationDefaults(props.userId),
    // a member of a confirmed delegation: pre-filled from the roster (lib/registrations/roster.ts)
    !registration ? findRosterPrefill(props.memberParam, props.userEmail, props.editionId) : null,
    listOrganisationOptions(),
    listEligibleOrganisationIds(),
    listStakeholderTypeOptions(locale),
    listCountryOptions(locale),
    listDelegationOptions(props.editionId, locale),
    enumLabeller(locale),
  ]);
  const [memberGiven, ...memberFamily] = (member?.name ?? "").split(" ");
  const current: RegistrationFormValues = registration
    ? {
        givenNames: registration.givenNames,
        familyName: registration.familyName,
        honorific: registration.honorific,
        jobTitle: registration.jobTitle ?? "",
        organisationId: registration.organisationId ?? "",
        stakeholderTypeCode: registration.stakeholderTypeCode,
        countryCode: registration.countryCode,
        gender: registration.gender,
        attendance: registration.attendance,
        accessibilityNeeds: registration.accessibilityNeeds ?? "",
        delegationState: registration.delegationState ?? "",
        delegationMemberId: registration.delegationMemberId ?? "",
        interestReason: registration.interest?.reason ?? "",
        priorParticipation: registration.interest?.priorParticipation ?? "",
        visaRequested: registration.visa !== null,
        nationality: registration.visa?.nationality ?? "",
        passportNumber: registration.visa?.passportNumber ?? "",
        passportExpiry: registration.visa?.passportExpiry ?? "",
        dateOfBirth: registration.visa?.dateOfBirth ?? "",
        swissRepresentation: registration.visa?.swissRepresentation ?? "",
        letterLanguage: registration.visa?.letterLanguage ?? "EN",
      }
    : {
        givenNames: member ? memberGiven : "",
        familyName: member ? memberFamily.join(" ") : "",
        honorific: "",
        jobTitle: defaults?.jobTitle ?? "",
        organisationId: defaults?.organisationId ?? "",
        stakeholderTypeCode: defaults?.stakeholderTypeCode ?? "",
        countryCode: member?.memberStateCode ?? defaults?.countryCode ?? "",
        gender: member?.gender ?? "",
        attendance: member?.attendance ?? "",
        accessibilityNeeds: "",
        delegationState: member?.memberStateCode ?? "",
        delegationMemberId: member?.id ?? "",
        interestReason: "",
        priorParticipation: "",
        visaRequested: false,
        nationality: "",
        passportNumber: "",
        passportExpiry: "",
        dateOfBirth: "",
        swissRepresentation: "",
        letterLanguage: "EN",
      };
  const options = <V extends string>(values: Record<string, V>, name: "Honorific" | "Gender" | "Attendance" | "VisaLetterLanguage") =>
    Object.values(values).map((value) => ({ value, label: label(name, value as never) }));
  const prefilledDelegation = registration?.delegationMemberId ? registration.delegationState : member ? member.memberStateCode : null;
  return (
    <RegistrationForm
      action={saveRegistrationAction.bind(null, locale, props.year)}
      current={current}
      existing={registration !== null}
      photoUrl={registration?.hasPhoto ? `/api/registrations/${registration.id}/photo` : null}
      organisations={organisations}
      eligibleOrganisationIds={eligible}
      stakeholderTypes={stakeholderTypes}
      countries={countries}
      nationalities={listNationalityOptions(locale)}
      delegations={delegations}
      honorifics={options(Honorific, "Honorific")}
      genders={options(Gender, "Gender")}
      attendances={options(Attendance, "Attendance")}
      letterLanguages={options(VisaLetterLanguage, "VisaLetterLanguage")}
      prefilledDelegation={prefilledDelegation}
      retentionDays={props.retentionDays}
      privacyNotice={<PrivacyNotice locale={locale} retentionDays={props.retentionDays} />}
      profileHref={`/${locale}/profile?returnTo=${encodeURIComponent(`/${locale}/registration/${props.year}`)}`}
    />
  );
}
