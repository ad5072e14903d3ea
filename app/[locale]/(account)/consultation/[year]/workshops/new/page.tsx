import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NewSubmissionPage } from "../../new-submission-page";
import { asLocale } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewWorkshopPage({ params }: PageProps<"/[locale]/consultation/[year]/workshops/new">) {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  return <NewSubmissionPage locale={locale} yearParam={year} kind="WORKSHOP_REQUEST" />;
}
