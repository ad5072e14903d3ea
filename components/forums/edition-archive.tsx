import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { editionHref } from "@/lib/forums/links";
import type { listPublishedEditions } from "@/lib/forums/queries";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarRange } from "@/lib/time/format";

type ArchiveEntry = Awaited<ReturnType<typeof listPublishedEditions>>[number];

/** A list of editions, each linking to its page. */
export async function EditionArchive({ editions, locale, headingLevel = 2 }: { editions: ArchiveEntry[]; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: "PublicEdition" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {editions.map((e) => (
        <li key={e.year} className="rounded border border-zinc-200 p-4">
          <Heading className="text-lg font-semibold">
            <Link href={editionHref(e.year)} className="text-un-blue-dark underline">
              <LocalizedText value={localize(e.title, locale)} fallbackLabel={t("fallbackNotice")} locale={locale} />
            </Link>
          </Heading>
          <p className="text-sm text-zinc-700">{formatCalendarRange(e.startDate, e.endDate, locale)}</p>
          {e.isDemo && <p className="text-sm text-amber-900">{t("demo")}</p>}
        </li>
      ))}
    </ul>
  );
}
