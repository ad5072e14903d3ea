import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { languageOptions } from "@/lib/submissions/form-options";
import { RegionalInputForm } from "@/components/consultation/regional-input-form";
import { WindowNotice } from "@/components/consultation/window-notice";
import { requireRole } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import { listCountryOptions, listRegionOptions } from "@/lib/profiles/queries";
import { recordRegionalInputAction } from "@/lib/submissions/regional-input-actions";
import { getConsultationEdition, getWindowFor } from "@/lib/submissions/queries";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewRegionalInputPage({ params, searchParams }: PageProps<"/[locale]/admin/regional-inputs/new">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireRole("SECRETARIAT", locale, `/${locale}/admin/regional-inputs`);
  const year = (await searchParams).year;
  const edition = typeof year === "string" && /^\d{4}$/.test(year) ? await getConsultationEdition(Number(year)) : null;
  if (!edition) notFound();
  const now = new Date();
  const [t, countries, regions, window] = await Promise.all([
    getTranslations({ locale, namespace: "ConsultationAdmin" }),
    listCountryOptions(locale),
    listRegionOptions(locale),
    getWindowFor(edition.id, "REGIONAL_INPUT", user.id),
  ]);
  return (
    <ClientMessages namespaces={["ConsultationAdmin", "ConsultationValidation", "SubmissionForm"]}>
      <section className="flex flex-col gap-5">
        <h1 className="text-3xl font-bold">{t("recordNew", { year: edition.year })}</h1>
        <p>{t("recordIntro")}</p>
        <WindowNotice window={window} now={now} locale={locale} />
        <RegionalInputForm
          action={recordRegionalInputAction.bind(null, locale, edition.year)}
          countries={countries}
          regions={regions}
          languages={languageOptions()}
          locale={locale}
        />
      </section>
    </ClientMessages>
  );
}
