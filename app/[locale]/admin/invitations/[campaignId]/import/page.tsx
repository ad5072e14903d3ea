import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CsvImportForm } from "@/components/invitations/csv-import-form";
import { requireSecretariat } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { importCsvAction } from "@/lib/invitations/actions/admin";
import { getCampaignForAdmin, getCsvImportContext } from "@/lib/invitations/queries";
import { loadMessages } from "@/lib/i18n/messages";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

export default async function ImportPage({ params }: PageProps<"/[locale]/admin/invitations/[campaignId]/import">) {
  const { locale: raw, campaignId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/invitations/${campaignId}/import`);
  const data = await getCampaignForAdmin(secretariat, campaignId);
  if (!data) notFound();
  const context = await getCsvImportContext(campaignId);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  // the preview's row messages are keys: the form gets their texts in the page's language
  const all = await loadMessages(locale);
  const messages = { ...(all.Validation as Record<string, string>), ...(all.InvitationValidation as Record<string, string>) };
  return (
    <ClientMessages namespaces={["InvitationAdmin"]}>
      <section className="flex flex-col gap-4">
        <p>
          <Link href={`/admin/invitations/${campaignId}`} className="text-un-blue-dark underline">
            {data.campaign.symbol}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{t("importTitle", { symbol: data.campaign.symbol })}</h1>
        <p className="max-w-prose">{t("importIntro")}</p>
        <CsvImportForm action={importCsvAction.bind(null, locale, campaignId)} context={context} messages={messages} />
      </section>
    </ClientMessages>
  );
}
