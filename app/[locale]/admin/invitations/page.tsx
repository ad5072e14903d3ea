import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmWhenAsked } from "@/components/forms/confirm-when-asked";
import { Field } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
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

  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="campaigns" className="flex flex-col gap-3">
        <h2 id="campaigns" className="text-2xl font-semibold">
          {t("campaigns")}
        </h2>
        {campaigns.length === 0 ? (
          <p>{t("noCampaigns")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {campaigns.map((c) => (
              <li key={c.id} className="rounded border border-zinc-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/admin/invitations/${c.id}`} className="text-un-blue-dark underline">
                    {c.symbol}
                  </Link>{" "}
                  <span className="font-normal">({c.edition.year})</span>
                </h3>
                <LocalizedText value={localize(c.subject, locale)} fallbackLabel={tc("englishFallback")} locale={locale} as="p" />
                <p className="text-sm text-zinc-700">
                  {formatCalendarDay(c.letterDate, locale)} · {t("deadline", { deadline: formatDeadline(c.responseDeadline, locale).text })}
                </p>
                <p className="text-sm">
                  {t("summary", {
                    total: c.counts.total,
                    sent: c.counts.total - c.counts.NOT_SENT - c.counts.REVOKED,
                    confirmed: c.counts.CONFIRMED,
                    declined: c.counts.DECLINED,
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-campaign" className="flex flex-col gap-3">
        <h2 id="new-campaign" className="text-2xl font-semibold">
          {t("newCampaign")}
        </h2>
        <Form action={createCampaignAction.bind(null, locale)} id="campaign" className="flex max-w-2xl flex-col gap-4">
          <Field
            type="select"
            name="editionId"
            label={t("edition")}
            required
            placeholder=""
            options={editions.map((e) => ({ value: e.id, label: `${e.year} — ${localizeText(e.title, locale)}` }))}
          />
          <Field name="symbol" label={t("symbol")} required maxLength={SYMBOL_MAX} dir="ltr" />
          <Field type="date" name="letterDate" label={t("letterDate")} required />
          {locales.map((l) => (
            <Field
              key={l}
              name={`subject_${l}`}
              label={t("subjectIn", { language: nativeNames[l] })}
              required={l === "en"}
              maxLength={SUBJECT_MAX}
              dir="auto"
              hint={l === "en" ? t("subjectHint") : undefined}
            />
          ))}
          <Field type="date" name="responseDeadline" label={t("responseDeadline")} required />
          <Field type="date" name="statementDeadline" label={t("statementDeadline")} />
          <ConfirmWhenAsked name="confirmPastDeadline" label={t("confirmPastDeadline")} />
          <SubmitButton>{t("createCampaign")}</SubmitButton>
        </Form>
      </section>
    </section>
  );
}
