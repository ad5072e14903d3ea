import { getTranslations } from "next-intl/server";
import { languageNames } from "@/components/agenda/session-meta";
import { LocalizedText } from "@/components/ui/localized-text";
import type { DocumentSummary } from "@/lib/documents/queries";
import { documentHref, editionHref } from "@/lib/forums/links";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay } from "@/lib/time/format";

/** A document's reference facts: symbol, date, addressees, signatory, edition, language versions. */
export async function DocumentFacts({ doc, locale }: { doc: DocumentSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PublicDocuments" });
  const fallback = t("fallbackNotice");
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("symbol")}</dt>
      <dd>
        <span dir="ltr">{doc.symbol}</span>
      </dd>
      <dt className="font-semibold">{t("date")}</dt>
      <dd>
        <time dateTime={doc.date.toISOString().slice(0, 10)}>{formatCalendarDay(doc.date, locale)}</time>
      </dd>
      <dt className="font-semibold">{t("addressees")}</dt>
      <dd>
        <LocalizedText value={localize(doc.addressees, locale)} fallbackLabel={fallback} locale={locale} />
      </dd>
      {doc.signatory && (
        <>
          <dt className="font-semibold">{t("signatory")}</dt>
          <dd>
            <LocalizedText value={localize(doc.signatory, locale)} fallbackLabel={fallback} locale={locale} />
          </dd>
        </>
      )}
      {doc.edition && (
        <>
          <dt className="font-semibold">{t("edition")}</dt>
          <dd>
            <Link href={editionHref(doc.edition.year)} className="text-un-blue-dark underline">
              {t("forum", { year: doc.edition.year })}
            </Link>
          </dd>
        </>
      )}
      <dt className="font-semibold">{t("versions")}</dt>
      <dd>
        <ul className="flex flex-wrap gap-x-4">
          {doc.versions.map((v) => (
            <li key={v.language}>
              <Link href={`${documentHref(doc.slug)}/${v.language}`} className="text-un-blue-dark underline">
                {languageNames([v.language], locale)}
              </Link>
              {v.isOriginal && <span className="ms-1 text-sm">({t("original")})</span>}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
