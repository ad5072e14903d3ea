import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentFacts } from "@/components/public/document-facts";
import { LocalizedText } from "@/components/ui/localized-text";
import { documentFromParams } from "@/lib/documents/params";
import { getDocumentVersion } from "@/lib/documents/queries";
import { documentHref } from "@/lib/forums/links";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { localize, localizeText } from "@/lib/i18n/localized";
import { pageMetadata, summarize } from "@/lib/public/metadata";

type Props = PageProps<"/[locale]/documents/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc } = await documentFromParams(params);
  return pageMetadata({
    locale,
    path: documentHref(doc.slug),
    title: `${doc.symbol}: ${localizeText(doc.subject, locale)}`,
    description: summarize(localizeText(doc.subject, locale)),
  });
}

/** A document: its facts and its text in the page's language if that version exists, else the original. */
export default async function DocumentPage({ params }: Props) {
  const { locale, doc } = await documentFromParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicDocuments" });
  const shown = doc.versions.find((v) => v.language === locale) ?? doc.versions.find((v) => v.isOriginal) ?? doc.versions[0];
  const version = shown ? await getDocumentVersion(doc.slug, shown.language) : null;
  return (
    <article className="flex flex-col gap-6">
      <p className="font-semibold">
        <bdi dir="ltr">{doc.symbol}</bdi>
      </p>
      <LocalizedText
        as="h1"
        className="text-3xl font-bold text-un-blue-dark"
        value={localize(doc.subject, locale)}
        fallbackLabel={t("fallbackNotice")}
        locale={locale}
      />
      <DocumentFacts doc={doc} locale={locale} />
      {version && isLocale(version.language) && (
        <section aria-labelledby="text">
          <h2 id="text" className="mb-2 text-2xl font-semibold">
            {version.isOriginal ? t("textOriginal") : t("textVersion")}
          </h2>
          <div lang={version.language} dir={directionOf(version.language)} className="max-w-prose whitespace-pre-line rounded bg-zinc-50 p-4 leading-relaxed">
            {version.body}
          </div>
        </section>
      )}
    </article>
  );
}
