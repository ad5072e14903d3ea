import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in/error">): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "SignIn" });
  return { title: t("errorTitle"), robots: { index: false } };
}

/** Where Auth.js sends a used, expired or malformed magic link (error=Verification). */
export default async function SignInErrorPage({ params, searchParams }: PageProps<"/[locale]/sign-in/error">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const error = (await searchParams).error;
  const message = error === "Verification" ? t("errorVerification") : error === "AccessDenied" ? t("errorAccessDenied") : t("errorDefault");
  return (
    <section className="flex max-w-prose flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p role="alert">{message}</p>
      <Link href="/sign-in" className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white">
        {t("again")}
      </Link>
    </section>
  );
}
