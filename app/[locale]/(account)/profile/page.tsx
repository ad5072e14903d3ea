import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompleteProfileNotice } from "@/components/profile/complete-profile-notice";
import { ProfileForm } from "@/components/profile/profile-form";
import { requireUser } from "@/lib/auth/session";
import { locales, nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { saveProfileAction } from "@/lib/profiles/actions";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { getProfile, listCountryOptions, listOrganisationOptions, listStakeholderTypeOptions } from "@/lib/profiles/queries";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

export default async function ProfilePage({ params, searchParams }: PageProps<"/[locale]/profile">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const returnToParam = query.returnTo;
  // sent here after signing in (lib/auth/landing.ts) because the profile is incomplete
  const welcome = query.complete === "1";
  const returnTo = safeRedirectPath(returnToParam, "") || null;
  const user = await requireUser(locale, `/${locale}/profile`);
  const [t, profile, stakeholderTypes, countries, organisations] = await Promise.all([
    getTranslations({ locale, namespace: "Profile" }),
    getProfile(user.id),
    listStakeholderTypeOptions(locale),
    listCountryOptions(locale),
    listOrganisationOptions(),
  ]);
  return (
    <ClientMessages namespaces={["Profile"]}>
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("intro", { email: user.email })}</p>
        {welcome && !returnTo && !profile?.complete && <CompleteProfileNotice locale={locale} where="profile" />}
        {returnTo && !profile?.complete && <p className="rounded border border-un-blue bg-sky-50 p-3">{t("completeFirst")}</p>}
        <ProfileForm
          action={saveProfileAction.bind(null, locale, returnTo)}
          current={{
            name: profile?.name ?? "",
            jobTitle: profile?.jobTitle ?? "",
            stakeholderTypeCode: profile?.stakeholderTypeCode ?? "",
            countryCode: profile?.countryCode ?? "",
            preferredLanguage: profile?.preferredLanguage ?? locale,
            organisationId: profile?.organisation?.id ?? "",
          }}
          stakeholderTypes={stakeholderTypes}
          countries={countries}
          organisations={organisations}
          languages={locales.map((l) => ({ value: l, label: nativeNames[l] }))}
        />
      </section>
    </ClientMessages>
  );
}
