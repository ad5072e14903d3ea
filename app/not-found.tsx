import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { fontVariables } from "@/components/layout/fonts";
import { chineseFontHref } from "@/lib/fonts/chinese-href";
import { defaultLocale, directionOf, isLocale, type Locale } from "@/lib/i18n/locales";

/** The visitor's language from Accept-Language, for pages outside any language segment. */
function negotiate(acceptLanguage: string | null): Locale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const primary = part.split(";")[0].trim().slice(0, 2).toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/** Not found outside a known language (e.g. /xx/...): answered in the visitor's language. */
export default async function RootNotFound() {
  const locale = negotiate((await headers()).get("accept-language"));
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <html lang={locale} dir={directionOf(locale)} className={fontVariables}>
      {locale === "zh" && <link rel="stylesheet" href={chineseFontHref} precedence="default" />}
      <body className="font-sans text-zinc-900">
        <main className="mx-auto flex max-w-prose flex-col gap-4 px-4 py-16">
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p>{t("body")}</p>
          <a href={`/${locale}`} className="self-start underline">
            {t("home")}
          </a>
        </main>
      </body>
    </html>
  );
}
