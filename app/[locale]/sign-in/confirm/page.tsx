import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmSignInForm } from "@/components/auth/confirm-sign-in-form";
import { Link } from "@/lib/i18n/navigation";
import { confirmSignInAction } from "@/lib/auth/actions";
import { confirmSignInSchema } from "@/lib/auth/schemas";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { asLocale } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in/confirm">): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "SignIn" });
  // the token is in this page's address: no search engine, no Referer to other sites
  return { title: t("confirmTitle"), robots: { index: false }, referrer: "no-referrer" };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Where a mailed link lands. Opening it changes nothing (mail scanners open every link): it
 * only shows a button, and the button's POST signs in.
 */
export default async function ConfirmSignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in/confirm">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const query = await searchParams;
  const parsed = confirmSignInSchema.safeParse({ email: first(query.email), token: first(query.token), callbackUrl: first(query.callbackUrl) });
  if (!parsed.success) {
    return (
      <section className="flex max-w-prose flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
        <p role="alert">{t("errorVerification")}</p>
        <Link href="/sign-in" className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white">
          {t("again")}
        </Link>
      </section>
    );
  }
  const { email, token } = parsed.data;
  const callbackUrl = safeRedirectPath(parsed.data.callbackUrl, "") || undefined;
  return (
    <ClientMessages namespaces={["SignIn"]}>
      <section className="flex max-w-prose flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("confirmTitle")}</h1>
        <p>{t("confirmBody", { email })}</p>
        <ConfirmSignInForm action={confirmSignInAction.bind(null, locale)} email={email} token={token} callbackUrl={callbackUrl} />
      </section>
    </ClientMessages>
  );
}
