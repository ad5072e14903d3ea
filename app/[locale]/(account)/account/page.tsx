import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompleteProfileNotice } from "@/components/profile/complete-profile-notice";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { listInvitationsForEmail } from "@/lib/invitations/queries";
import { getProfile } from "@/lib/profiles/queries";
import { isFocalPoint } from "@/lib/registrations/focal-points";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const [t, profile, invitations, focalPoint] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    getProfile(user.id),
    // Member-State pages are for the addressees of an invitation only
    listInvitationsForEmail(user.email),
    isFocalPoint(user),
  ]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("signedInAs", { email: user.email })}</p>
      <p>{t("role", { role: user.role })}</p>
      {profile && !profile.complete && <CompleteProfileNotice locale={locale} where="account" />}
      <h2 className="text-xl font-semibold">{t("links")}</h2>
      <ul className="flex list-disc flex-col gap-2 ps-6">
        <li><Link href="/consultation" className="underline">{t("myConsultation")}</Link></li>
        <li><Link href="/profile" className="underline">{t("profile")}</Link></li>
        {invitations.length > 0 && <li><Link href="/policy-statements" className="underline">{t("myInvitations")}</Link></li>}
        {focalPoint && <li><Link href="/focal-point" className="underline">{t("focalPoint")}</Link></li>}
      </ul>
    </section>
  );
}
