import { getTranslations } from "next-intl/server";
import type { EditionOption } from "@/lib/editions/queries";
import type { Locale } from "@/lib/i18n/locales";

/** A GET form that switches the edition a secretariat page shows (?edition=<year>). */
export async function EditionPicker({
  locale,
  editions,
  current,
  extra,
}: {
  locale: Locale;
  editions: EditionOption[];
  current?: number;
  extra?: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "AdminCommon" });
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor="edition-picker" className="text-sm font-medium">
          {t("edition")}
        </label>
        <select
          id="edition-picker"
          name="edition"
          defaultValue={current ? String(current) : undefined}
          className="rounded border border-zinc-500 bg-white px-3 py-2"
        >
          {editions.map((e) => (
            <option key={e.id} value={e.year}>
              {e.year} — {e.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-un-blue-dark px-4 py-2 font-semibold text-un-blue-dark">
        {t("show")}
      </button>
    </form>
  );
}
