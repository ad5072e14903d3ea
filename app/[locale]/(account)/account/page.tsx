import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompleteProfileNotice } from "@/components/profile/complete-profile-notice";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { listInvitationsForEmail } from "@/lib/invitations/queries";
import { getProfile } from "@/lib/profiles/queries";
import { registrationHref } from "@/lib/forums/links";
import { isFocalPoint } from "@/lib/registrations/focal-points";
import { listMyRegistrations } from "@/lib/registrations/queries";
import { StatusBadge } from "@/components/ui/status-badge";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const [t, tr, profile, invitations, registrations, focalPoint] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    getTranslations({ locale, namespace: "MyRegistrations" }),
    getProfile(user.id),
    // Member-State pages are for the addressees of an invitation only
    listInvitationsForEmail(user.email),
    listMyRegistrations(user.id, locale),
    isFocalPoint(user),
  ]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("signedInAs", { email: user.email })}</p>
      <p>{t("role", { role: user.role })}</p>
      {profile && !profile.complete && <CompleteProfileNotice locale={locale} where="account" />}
      <section aria-labelledby="registrations-title" className="flex flex-col gap-2">
        <h2 id="registrations-title" className="text-xl font-semibold">
          {tr("title")}
        </h2>
        {registrations.length === 0 ? (
          <p>{tr("none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {registrations.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3">
                <StatusBadge locale={locale} of="ForumRegistrationStatus" status={r.status} />
                <Link href={registrationHref(r.year)} className="text-un-blue-dark underline">
                  {tr("open", { forum: r.title })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <h2 className="text-xl font-semibold">{t("links")}</h2>
      <ul className="flex list-disc flex-col gap-2 ps-6">
        <li>
          <Link href="/consultation" className="underline">
            {t("myConsultation")}
          </Link>
        </li>
        <li>
          <Link href="/profile" className="underline">
            {t("profile")}
          </Link>
        </li>
        {invitations.length > 0 && (
          <li>
            <Link href="/policy-statements" className="underline">
              {t("myInvitations")}
            </Link>
          </li>
        )}
        {focalPoint && (
          <li>
            <Link href="/focal-point" className="underline">
              {t("focalPoint")}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
