import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { fontVariables } from "@/components/layout/fonts";
import { chineseFontHref } from "@/lib/fonts/chinese-href";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { pickClientMessages } from "@/lib/i18n/client-namespaces";
import { directionOf } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    title: { default: t("siteName"), template: t("titleTemplate", { title: "%s" }) },
    description: t("description"),
  };
}

// No generateStaticParams, so `next build` needs no database: public pages are rendered at their
// first request and then cached (see app/[locale]/(cached)/layout.tsx); there the signed-in menu
// is read in the browser (components/layout/use-visitor.ts), so no cached page carries one visitor's session in its
// HTML, while pages rendered per request show it from the server (components/layout/user-menu.tsx).
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Nav" });
  const messages = pickClientMessages(await getMessages({ locale }));
  return (
    <html lang={locale} dir={directionOf(locale)} className={`${fontVariables} antialiased`}>
      {/* Chinese pages only: the web font's @font-face rules (lib/fonts/chinese.ts) */}
      {locale === "zh" && <link rel="stylesheet" href={chineseFontHref} precedence="default" />}
      <body className="flex min-h-screen flex-col bg-white font-sans text-zinc-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={messages}>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
