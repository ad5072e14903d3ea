import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in/check-email">): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "SignIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: PageProps<"/[locale]/sign-in/check-email">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return (
    <section className="flex max-w-prose flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("checkTitle")}</h1>
      <p>{t("checkBody")}</p>
    </section>
  );
}
