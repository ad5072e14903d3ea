import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { languageNames } from "@/components/agenda/session-meta";
import { documentFromParams, versionLanguage } from "@/lib/documents/params";
import { getDocumentVersion } from "@/lib/documents/queries";
import { documentHref } from "@/lib/forums/links";
import { directionOf } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata, summarize } from "@/lib/public/metadata";

type Props = PageProps<"/[locale]/documents/[slug]/[language]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc } = await documentFromParams(params);
  const language = versionLanguage(doc, (await params).language);
  const t = await getTranslations({ locale, namespace: "PublicDocuments" });
  return pageMetadata({
    locale,
    path: `${documentHref(doc.slug)}/${language}`,
    title: `${doc.symbol} (${languageNames([language], locale)}) | ${t("title")}`,
    description: summarize(localizeText(doc.subject, locale)),
  });
}

/** One language version of a document, at a stable URL: /{locale}/documents/cl-19-59/ar. */
export default async function DocumentVersionPage({ params }: Props) {
  const { locale, doc } = await documentFromParams(params);
  setRequestLocale(locale);
  const language = versionLanguage(doc, (await params).language);
  const t = await getTranslations({ locale, namespace: "PublicDocuments" });
  const version = await getDocumentVersion(doc.slug, language);
  if (!version) notFound();
  return (
    <article className="flex flex-col gap-6">
      <p>
        <Link href={documentHref(doc.slug)} className="text-un-blue-dark underline">
          <span dir="ltr">{doc.symbol}</span>
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("versionTitle", { symbol: doc.symbol, language: languageNames([language], locale) })}</h1>
      <p className="text-sm">{version.isOriginal ? t("isOriginal") : t("isTranslation")}</p>
      <div lang={language} dir={directionOf(language)} className="max-w-prose whitespace-pre-line rounded bg-zinc-50 p-4 leading-relaxed">
        {version.body}
      </div>
    </article>
  );
}
