import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NewSubmissionPage } from "../../new-submission-page";
import { asLocale } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewNominationPage({ params }: PageProps<"/[locale]/consultation/[year]/nominations/new">) {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  return <NewSubmissionPage locale={locale} yearParam={year} kind="FACILITATOR_NOMINATION" />;
}
