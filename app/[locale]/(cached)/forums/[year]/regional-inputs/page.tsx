import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { listCountryOptions, listRegionOptions } from "@/lib/profiles/queries";
import { getConsultationEdition, listRegionalInputs } from "@/lib/submissions/queries";
import { formatCalendarDay } from "@/lib/time/format";

export async function generateMetadata({ params }: PageProps<"/[locale]/forums/[year]/regional-inputs">): Promise<Metadata> {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  const t = await getTranslations({ locale, namespace: "RegionalInputs" });
  return { title: t("title", { year }) };
}

/** The edition's compilation of inputs from regional and national WSIS-related events (public). */
export default async function RegionalInputsPage({ params }: PageProps<"/[locale]/forums/[year]/regional-inputs">) {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const edition = /^\d{4}$/.test(year) ? await getConsultationEdition(Number(year)) : null;
  if (!edition) notFound();
  const [t, inputs, countries, regions] = await Promise.all([
    getTranslations({ locale, namespace: "RegionalInputs" }),
    listRegionalInputs(edition.id),
    listCountryOptions(locale),
    listRegionOptions(locale),
  ]);
  const place = (countryCode: string | null, regionCode: string | null) =>
    countries.find((c) => c.value === countryCode)?.label ?? regions.find((r) => r.value === regionCode)?.label ?? "";
  return (
    <section className="flex flex-col gap-5">
      <p className="text-sm text-zinc-700">{localizeText(edition.title, locale)}</p>
      <h1 className="text-3xl font-bold">{t("title", { year: edition.year })}</h1>
      <p>{t("intro")}</p>
      {inputs.length === 0 && <p>{t("none")}</p>}
      <ol className="flex flex-col gap-4">
        {inputs.map((i) => (
          <li key={i.id}>
            <article aria-labelledby={`ri-${i.id}`} className="flex flex-col gap-2 rounded border border-zinc-300 p-4">
              <h2 id={`ri-${i.id}`} className="text-xl font-semibold" lang={i.language} dir="auto">
                {i.title}
              </h2>
              <p className="text-sm">
                {i.details.eventDate ? formatCalendarDay(new Date(`${i.details.eventDate}T00:00:00Z`), locale) : ""} ·{" "}
                {place(i.countryCode, i.details.regionCode ?? null)} · {t("organisedBy", { organiser: i.details.organiserName ?? "" })}
              </p>
              <p className="whitespace-pre-wrap" lang={i.language} dir="auto">
                {i.summary}
              </p>
              {i.attachment && (
                <p>
                  <a href={`/api/uploads/${i.attachment.id}`} className="text-un-blue-dark underline">
                    {t("download", { name: i.attachment.filename })}
                  </a>
                </p>
              )}
              <p className="text-xs text-zinc-700">{i.reference}</p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
