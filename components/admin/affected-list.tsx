import { getTranslations } from "next-intl/server";
import type { AffectedPerson } from "@/lib/editions/affected";
import { nativeNames, type Locale } from "@/lib/i18n/locales";

/** Who depends on a date: shown before it is moved, so the secretariat knows whom it will mail. */
export async function AffectedList({ locale, people }: { locale: Locale; people: AffectedPerson[] }) {
  const t = await getTranslations({ locale, namespace: "AdminEditions" });
  if (people.length === 0) return <p className="text-sm text-zinc-700">{t("nobodyAffected")}</p>;
  return (
    <details className="rounded bg-zinc-50 p-2">
      <summary className="cursor-pointer font-medium">{t("affected", { count: people.length })}</summary>
      <ul className="mt-2 list-disc ps-6 text-sm">
        {people.map((p) => (
          <li key={p.email}>
            {p.name} (<span dir="ltr">{p.email}</span>) — {t(`reason.${p.reason}`)}, {nativeNames[p.language]}
          </li>
        ))}
      </ul>
    </details>
  );
}
