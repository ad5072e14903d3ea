import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminHomePage({ params }: PageProps<"/[locale]/admin">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireRole("SECRETARIAT", locale, `/${locale}/admin`);
  const t = await getTranslations({ locale, namespace: "AdminHome" });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
    </section>
  );
}
