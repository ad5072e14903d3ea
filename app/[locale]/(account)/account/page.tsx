import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("signedInAs", { email: user.email })}</p>
      <p>{t("role", { role: user.role })}</p>
      <h2 className="text-xl font-semibold">{t("links")}</h2>
      <ul className="flex list-disc flex-col gap-2 ps-6">
        <li><Link href="/consultation" className="underline">{t("myConsultation")}</Link></li>
        <li><Link href="/profile" className="underline">{t("profile")}</Link></li>
        <li><Link href="/policy-statements" className="underline">{t("myInvitations")}</Link></li>
      </ul>
    </section>
  );
}
