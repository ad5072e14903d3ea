import { getTranslations } from "next-intl/server";
import { editionHref, type EditionSection } from "@/lib/forums/links";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** The sections of one edition; the current one is marked for screen readers and sight. */
export async function EditionNav({ year, current, locale }: { year: number; current: EditionSection; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "PublicEdition" });
  const sections: { section: EditionSection; label: string }[] = [
    { section: "", label: t("overview") },
    { section: "consultation", label: t("consultation") },
    { section: "agenda", label: t("agenda") },
    { section: "high-level-track", label: t("highLevelTrack") },
  ];
  return (
    <nav aria-label={t("sectionsOf", { year })} className="mb-6 border-b border-zinc-200">
      <ul className="flex flex-wrap gap-x-1">
        {sections.map((s) => (
          <li key={s.section}>
            <Link
              href={editionHref(year, s.section)}
              aria-current={s.section === current ? "page" : undefined}
              className="inline-block border-b-4 border-transparent px-3 py-2 font-medium text-un-blue-dark hover:underline aria-[current]:border-un-blue aria-[current]:font-bold"
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
