import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentFacts } from "@/components/public/document-facts";
import { LocalizedText } from "@/components/ui/localized-text";
import { listDocuments } from "@/lib/documents/queries";
import { documentHref } from "@/lib/forums/links";
import { localize } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/public/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/documents">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "PublicDocuments" });
  return pageMetadata({ locale, path: "/documents", title: t("title"), description: t("intro") });
}

export default async function DocumentsPage({ params }: PageProps<"/[locale]/documents">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PublicDocuments" });
  const documents = await listDocuments();
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-un-blue-dark">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <ul className="flex flex-col gap-4">
        {documents.map((doc) => (
          <li key={doc.slug} className="rounded border border-zinc-200 p-4">
            <h2 className="mb-2 text-xl font-semibold">
              <Link href={documentHref(doc.slug)} className="text-un-blue-dark underline">
                <span dir="ltr">{doc.symbol}</span>: <LocalizedText value={localize(doc.subject, locale)} fallbackLabel={t("fallbackNotice")} locale={locale} />
              </Link>
            </h2>
            <DocumentFacts doc={doc} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
