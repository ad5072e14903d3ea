import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeRedirectPath(raw, "") || undefined;
  const user = await getCurrentUser();
  return (
    <ClientMessages namespaces={["SignIn"]}>
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {user && <p role="status">{t("signedIn", { email: user.email })}</p>}
        <p className="max-w-prose text-zinc-700">{t("intro")}</p>
        <SignInForm action={signInAction.bind(null, locale)} callbackUrl={callbackUrl} />
      </section>
    </ClientMessages>
  );
}
