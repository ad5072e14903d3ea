import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeSignInForm } from "@/components/auth/code-sign-in-form";
import { signInWithCodeAction } from "@/lib/auth/actions";
import { SENT_TO_COOKIE, signInSchema } from "@/lib/auth/schemas";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { asLocale } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in/check-email">): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "SignIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params, searchParams }: PageProps<"/[locale]/sign-in/check-email">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const sentTo = signInSchema.shape.email.safeParse((await cookies()).get(SENT_TO_COOKIE)?.value);
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeRedirectPath(typeof raw === "string" ? raw : undefined, "") || undefined;
  return (
    <ClientMessages namespaces={["SignIn"]}>
      <section className="flex max-w-prose flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("checkTitle")}</h1>
        <p>{t("checkBody")}</p>
        <h2 className="mt-4 text-xl font-semibold">{t("codeTitle")}</h2>
        <p>{t("codeIntro")}</p>
        <CodeSignInForm action={signInWithCodeAction.bind(null, locale)} email={sentTo.success ? sentTo.data : undefined} callbackUrl={callbackUrl} />
      </section>
    </ClientMessages>
  );
}
