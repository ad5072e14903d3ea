import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContributionForm } from "@/components/consultation/contribution-form";
import { NominationForm } from "@/components/consultation/nomination-form";
import { WindowNotice } from "@/components/consultation/window-notice";
import { WorkshopForm } from "@/components/consultation/workshop-form";
import { requireUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { getProfile, listCountryOptions, listStakeholderTypeOptions } from "@/lib/profiles/queries";
import { saveContributionAction, saveNominationAction, saveWorkshopAction } from "@/lib/submissions/actions";
import { isWindowOpen } from "@/lib/deadlines/policy";
import { forumDayOptions, languageOptions } from "@/lib/submissions/form-options";
import { deadlineKindOf, stakeholderKinds, type StakeholderKind } from "@/lib/submissions/kinds";
import { getConsultationEdition, getWindowFor, listActionLineOptions, listSdgOptions } from "@/lib/submissions/queries";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The page of a new contribution, workshop request or nomination in an edition (the three new/ routes render it). */
export async function NewSubmissionPage({ locale, yearParam, kind }: { locale: Locale; yearParam: string; kind: StakeholderKind }) {
  const now = new Date();
  const year = Number(yearParam);
  const path = `/consultation/${yearParam}/${stakeholderKinds[kind].path}/new`;
  const user = await requireUser(locale, `/${locale}${path}`);
  const edition = /^\d{4}$/.test(yearParam) ? await getConsultationEdition(year) : null;
  if (!edition) notFound();
  const profile = await getProfile(user.id);
  if (!profile?.complete) redirect({ href: { pathname: "/profile", query: { returnTo: `/${locale}${path}` } }, locale });
  const [t, window, stakeholderTypes, countries, actionLines, sdgs] = await Promise.all([
    getTranslations({ locale, namespace: "Consultation" }),
    getWindowFor(edition.id, deadlineKindOf(kind), user.id),
    listStakeholderTypeOptions(locale),
    listCountryOptions(locale),
    listActionLineOptions(locale),
    listSdgOptions(locale),
  ]);
  const target = { year };
  const open = window !== null && isWindowOpen(window, now);
  const stored = { values: { language: locale } };
  return (
    <ClientMessages namespaces={["ConsultationValidation", "NominationForm", "SubmissionForm", "WorkshopForm"]}>
      <section className="flex flex-col gap-5">
        <p className="text-sm text-zinc-700">{localizeText(edition.title, locale)}</p>
        <h1 className="text-3xl font-bold">{t(`newTitle.${kind}`)}</h1>
        <p>{t(`newIntro.${kind}`)}</p>
        <WindowNotice window={window} now={now} locale={locale} />
        {open && kind === "CONTRIBUTION" && (
          <ContributionForm
            action={saveContributionAction.bind(null, locale, target)}
            mode="new"
            stored={stored}
            attachment={null}
            actionLines={actionLines}
            sdgs={sdgs}
            languages={languageOptions()}
          />
        )}
        {open && kind === "WORKSHOP_REQUEST" && (
          <WorkshopForm
            action={saveWorkshopAction.bind(null, locale, target)}
            mode="new"
            stored={{
              values: {
                language: locale,
                "lead.name": profile!.name ?? "",
                "lead.organisationName": profile!.organisation?.name ?? "",
                "lead.stakeholderTypeCode": profile!.stakeholderTypeCode ?? "",
                "lead.countryCode": profile!.countryCode ?? "",
              },
            }}
            actionLines={actionLines}
            sdgs={sdgs}
            languages={languageOptions()}
            stakeholderTypes={stakeholderTypes}
            countries={countries}
            days={forumDayOptions(edition, locale)}
          />
        )}
        {open && kind === "FACILITATOR_NOMINATION" && (
          <NominationForm
            action={saveNominationAction.bind(null, locale, target)}
            mode="new"
            stored={stored}
            languages={languageOptions()}
            stakeholderTypes={stakeholderTypes}
            countries={countries}
            nominator={profile!.name ?? user.email}
          />
        )}
      </section>
    </ClientMessages>
  );
}
