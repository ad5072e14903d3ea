import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm, type FieldSpec } from "@/components/invitations/action-form";
import { LocalizedText } from "@/components/ui/localized-text";
import { requireSecretariat } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localize, localizeText } from "@/lib/i18n/localized";
import { locales, nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { createCampaignAction } from "@/lib/invitations/actions/admin";
import { listCampaigns, listEditionsForCampaigns } from "@/lib/invitations/queries";
import { SUBJECT_MAX, SYMBOL_MAX } from "@/lib/invitations/schemas";
import { formatCalendarDay, formatDeadline } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function InvitationCampaignsPage({ params }: PageProps<"/[locale]/admin/invitations">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/invitations`);
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  const tc = await getTranslations({ locale, namespace: "Common" });
  const [campaigns, editions] = await Promise.all([listCampaigns(secretariat), listEditionsForCampaigns(secretariat)]);

  const fields: FieldSpec[] = [
    { name: "editionId", label: t("edition"), type: "select", required: true, placeholder: "", options: editions.map((e) => ({ value: e.id, label: `${e.year} — ${localizeText(e.title, locale)}` })) },
    { name: "symbol", label: t("symbol"), required: true, maxLength: SYMBOL_MAX, dir: "ltr" },
    { name: "letterDate", label: t("letterDate"), type: "date", required: true },
    ...locales.map((l): FieldSpec => ({ name: `subject_${l}`, label: t("subjectIn", { language: nativeNames[l] }), required: l === "en", maxLength: SUBJECT_MAX, dir: "auto", hint: l === "en" ? t("subjectHint") : undefined })),
    { name: "responseDeadline", label: t("responseDeadline"), type: "date", required: true },
    { name: "statementDeadline", label: t("statementDeadline"), type: "date" },
  ];

  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="campaigns" className="flex flex-col gap-3">
        <h2 id="campaigns" className="text-2xl font-semibold">{t("campaigns")}</h2>
        {campaigns.length === 0 ? (
          <p>{t("noCampaigns")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {campaigns.map((c) => (
              <li key={c.id} className="rounded border border-zinc-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/admin/invitations/${c.id}`} className="text-un-blue-dark underline">{c.symbol}</Link>{" "}
                  <span className="font-normal">({c.edition.year})</span>
                </h3>
                <LocalizedText value={localize(c.subject, locale)} fallbackLabel={tc("englishFallback")} locale={locale} as="p" />
                <p className="text-sm text-zinc-700">
                  {formatCalendarDay(c.letterDate, locale)} · {t("deadline", { deadline: formatDeadline(c.responseDeadline, locale).text })}
                </p>
                <p className="text-sm">{t("summary", { total: c.counts.total, sent: c.counts.total - c.counts.NOT_SENT - c.counts.REVOKED, confirmed: c.counts.CONFIRMED, declined: c.counts.DECLINED })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-campaign" className="flex flex-col gap-3">
        <h2 id="new-campaign" className="text-2xl font-semibold">{t("newCampaign")}</h2>
        <ActionForm action={createCampaignAction.bind(null, locale)} fields={fields} submitLabel={t("createCampaign")} idPrefix="campaign" />
      </section>
    </section>
  );
}
