import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { locales, nativeNames, type Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { getProfile, listCountryOptions, listStakeholderTypeOptions } from "@/lib/profiles/queries";
import { saveContributionAction, saveNominationAction, saveWorkshopAction } from "@/lib/submissions/actions";
import { isWindowOpen } from "@/lib/deadlines/policy";
import { deadlineKindOf } from "@/lib/submissions/policy";
import { getConsultationEdition, getWindowFor, listActionLineOptions, listSdgOptions, type ConsultationEdition } from "@/lib/submissions/queries";
import type { StakeholderKind } from "@/lib/submissions/service/save-submission";
import { formatCalendarDay } from "@/lib/time/format";
import { ContributionForm } from "./contribution-form";
import { NominationForm } from "./nomination-form";
import { WindowNotice } from "./window-notice";
import { WorkshopForm } from "./workshop-form";

const paths: Record<StakeholderKind, string> = { CONTRIBUTION: "contributions", WORKSHOP_REQUEST: "workshops", FACILITATOR_NOMINATION: "nominations" };

export const languageOptions = () => locales.map((l) => ({ value: l, label: nativeNames[l] }));

/** The days of the Forum, for "preferred day". */
export function forumDayOptions(edition: Pick<ConsultationEdition, "startDate" | "endDate">, locale: Locale) {
  const days = [];
  for (let d = edition.startDate.getTime(); d <= edition.endDate.getTime(); d += 86_400_000) {
    const day = new Date(d);
    days.push({ value: day.toISOString().slice(0, 10), label: formatCalendarDay(day, locale) });
  }
  return days;
}

/** The page of a new contribution, workshop request or nomination in an edition. */
export async function NewSubmissionPage({ locale, yearParam, kind }: { locale: Locale; yearParam: string; kind: StakeholderKind }) {
  const now = new Date();
  const year = Number(yearParam);
  const path = `/consultation/${yearParam}/${paths[kind]}/new`;
  const user = await requireUser(locale, `/${locale}${path}`);
  const edition = /^\d{4}$/.test(yearParam) ? await getConsultationEdition(year) : null;
  if (!edition) notFound();
  const profile = await getProfile(user.id);
  if (!profile?.complete) redirect({ href: { pathname: "/profile", query: { returnTo: `/${locale}${path}` } }, locale });
  const [t, window, stakeholderTypes, countries, actionLines, sdgs] = await Promise.all([
    getTranslations({ locale, namespace: "Consultation" }),
    getWindowFor(edition.id, deadlineKindOf[kind], user.id),
    listStakeholderTypeOptions(locale),
    listCountryOptions(locale),
    listActionLineOptions(locale),
    listSdgOptions(locale),
  ]);
  const target = { year };
  const open = window !== null && isWindowOpen(window, now);
  return (
    <section className="flex flex-col gap-5">
      <p className="text-sm text-zinc-700">{localizeText(edition.title, locale)}</p>
      <h1 className="text-3xl font-bold">{t(`newTitle.${kind}`)}</h1>
      <p>{t(`newIntro.${kind}`)}</p>
      <WindowNotice window={window} now={now} locale={locale} />
      {open && kind === "CONTRIBUTION" && (
        <ContributionForm action={saveContributionAction.bind(null, locale, target)} mode="new" initial={{ language: locale }} attachment={null} actionLines={actionLines} sdgs={sdgs} languages={languageOptions()} />
      )}
      {open && kind === "WORKSHOP_REQUEST" && (
        <WorkshopForm
          action={saveWorkshopAction.bind(null, locale, target)}
          mode="new"
          initial={{
            language: locale,
            "lead.0.name": profile!.name ?? "",
            "lead.0.organisationName": profile!.organisation?.name ?? "",
            "lead.0.stakeholderTypeCode": profile!.stakeholderTypeCode ?? "",
            "lead.0.countryCode": profile!.countryCode ?? "",
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
        <NominationForm action={saveNominationAction.bind(null, locale, target)} mode="new" initial={{ language: locale }} languages={languageOptions()} stakeholderTypes={stakeholderTypes} countries={countries} nominator={profile!.name ?? user.email} />
      )}
    </section>
  );
}
