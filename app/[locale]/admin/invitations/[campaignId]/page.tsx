import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommandButton, type Confirmation } from "@/components/forms/command-button";
import { ConfirmWhenAsked } from "@/components/forms/confirm-when-asked";
import { Field } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import { requireSecretariat } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localize, localizeText } from "@/lib/i18n/localized";
import { locales, nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { addAddresseeAction, invitationCommandAction, sendCampaignAction } from "@/lib/invitations/actions/admin";
import { canApply } from "@/lib/invitations/policy";
import { getCampaignForAdmin } from "@/lib/invitations/queries";
import { EMAIL_MAX, NAME_MAX, TITLE_MAX, type InvitationCommandName } from "@/lib/invitations/schemas";
import { formatDeadline, formatGenevaDateTime } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export const metadata: Metadata = { robots: { index: false } };

export default async function CampaignPage({ params, searchParams }: PageProps<"/[locale]/admin/invitations/[campaignId]">) {
  const { locale: raw, campaignId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/invitations/${campaignId}`);
  const data = await getCampaignForAdmin(secretariat, campaignId);
  if (!data) notFound();
  const { campaign, invitations, counts } = data;
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  const label = await enumLabeller(locale);
  const tc = await getTranslations({ locale, namespace: "Common" });
  const query = await searchParams;
  const imported = Number(query.imported);
  const command = (id: string, name: InvitationCommandName) => invitationCommandAction.bind(null, locale, id, campaign.id, name);
  const now = new Date();
  const passed = campaign.responseDeadline <= now;
  const deadlineText = formatDeadline(campaign.responseDeadline, locale).text;
  /** a send whose reply-by date has passed asks first, with a box to tick (the server requires it) */
  const pastDeadlineConfirm = (closesAt: Date): Confirmation | undefined =>
    closesAt <= now
      ? {
          prompt: t("pastDeadline.prompt", { deadline: formatDeadline(closesAt, locale).text }),
          confirmLabel: t("pastDeadline.send"),
          cancelLabel: t("pastDeadline.cancel"),
          acknowledge: { name: "confirmPastDeadline", label: t("pastDeadline.acknowledge") },
        }
      : undefined;

  return (
    <section className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">
          {campaign.symbol} ({campaign.edition.year})
        </h1>
        <LocalizedText value={localize(campaign.subject, locale)} fallbackLabel={tc("englishFallback")} locale={locale} as="p" />
        <p>{t("deadline", { deadline: formatDeadline(campaign.responseDeadline, locale).text })}</p>
        {campaign.statementDeadline && <p>{t("statementsBy", { deadline: formatDeadline(campaign.statementDeadline, locale).text })}</p>}
      </div>
      {query.notice === "created" && <Notice>{t("created")}</Notice>}
      {passed && (
        <div role="note" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-amber-950">
          <p className="font-semibold">{t("pastDeadline.title", { deadline: deadlineText })}</p>
          <p>{t("pastDeadline.explain")}</p>
        </div>
      )}
      {imported > 0 && <Notice>{t("imported", { count: imported })}</Notice>}

      <section aria-labelledby="summary" className="flex flex-col gap-2">
        <h2 id="summary" className="text-2xl font-semibold">
          {t("campaignSummary")}
        </h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
          {(["NOT_SENT", "SENT", "VIEWED", "CONFIRMED", "DECLINED", "BOUNCED", "REVOKED"] as const).map((s) => (
            <div key={s} className="flex gap-2">
              <dt>{label("InvitationStatus", s)}</dt>
              <dd className="font-semibold" data-testid={`count-${s}`}>
                {counts[s]}
              </dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-wrap gap-4">
          <CommandButton
            action={sendCampaignAction.bind(null, locale, campaign.id)}
            label={t("sendAll", { count: counts.NOT_SENT })}
            className="flex flex-col gap-2"
            confirm={pastDeadlineConfirm(campaign.responseDeadline)}
            unavailable={counts.NOT_SENT > 0 ? undefined : invitations.length === 0 ? t("sendAllNoAddressees") : t("sendAllNothingLeft")}
          />
          <Link href={`/admin/invitations/${campaign.id}/import`} className="self-center text-un-blue-dark underline">
            {t("import")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="addressees" className="flex flex-col gap-2">
        <h2 id="addressees" className="text-2xl font-semibold">
          {t("addressees")}
        </h2>
        {invitations.length === 0 ? (
          <p>{t("noAddressees")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0}>
            <table className="min-w-full text-sm">
              <thead>
                <tr className="border-b border-zinc-300">
                  {[t("memberState"), t("addressee"), t("email"), t("language"), t("status"), t("actions")].map((h) => (
                    <th key={h} scope="col" className="px-2 py-1 text-start">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {invitations.map((inv) => (
                  <tr key={inv.id} className="border-b border-zinc-200 align-top">
                    <th scope="row" className="px-2 py-2 text-start font-medium">
                      <Link href={`/admin/invitations/${campaign.id}/${inv.id}`} className="text-un-blue-dark underline">
                        {localizeText(inv.memberState.name, locale)}
                      </Link>
                    </th>
                    <td className="px-2 py-2" dir="auto">
                      {inv.addresseeTitle} {inv.addresseeName}
                    </td>
                    <td className="px-2 py-2" dir="ltr">
                      {inv.email}
                    </td>
                    <td className="px-2 py-2">{nativeNames[inv.language]}</td>
                    <td className="px-2 py-2">
                      <StatusBadge locale={locale} of="InvitationStatus" status={inv.status} />
                      {inv.sentAt && (
                        <div className="text-xs text-zinc-700">
                          {t("sentAt")}: {formatGenevaDateTime(inv.sentAt, locale)}
                        </div>
                      )}
                      {inv.extended && <div className="text-xs text-zinc-700">{t("extendedTo", { deadline: formatDeadline(inv.closesAt, locale).text })}</div>}
                    </td>
                    <td className="px-2 py-2">
                      <div className="flex flex-wrap gap-2">
                        {canApply("send", inv.status) && (
                          <CommandButton
                            action={command(inv.id, "send")}
                            label={t("send")}
                            confirm={pastDeadlineConfirm(inv.closesAt)}
                            className="flex flex-col items-start gap-1 text-sm"
                          />
                        )}
                        {canApply("resend", inv.status) && (
                          <CommandButton
                            action={command(inv.id, "resend")}
                            label={t("resend")}
                            confirm={pastDeadlineConfirm(inv.closesAt)}
                            className="flex flex-col items-start gap-1 text-sm"
                          />
                        )}
                        {canApply("markBounced", inv.status) && (
                          <CommandButton action={command(inv.id, "markBounced")} label={t("markBounced")} className="flex flex-col items-start gap-1 text-sm" />
                        )}
                        {canApply("revoke", inv.status) && (
                          <CommandButton action={command(inv.id, "revoke")} label={t("revoke")} danger className="flex flex-col items-start gap-1 text-sm" />
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="add" className="flex flex-col gap-2">
        <h2 id="add" className="text-2xl font-semibold">
          {t("addAddressee")}
        </h2>
        <Form action={addAddresseeAction.bind(null, locale, campaign.id)} id="addressee" className="flex max-w-2xl flex-col gap-4">
          <Field name="country" label={t("country")} hint={t("countryHint")} required maxLength={3} dir="ltr" />
          <Field name="name" label={t("name")} required maxLength={NAME_MAX} dir="auto" />
          <Field name="title" label={t("addresseeTitle")} required maxLength={TITLE_MAX} dir="auto" />
          <Field type="email" name="email" label={t("email")} required maxLength={EMAIL_MAX} dir="ltr" />
          <Field type="select" name="language" label={t("language")} required stored="en" options={locales.map((l) => ({ value: l, label: nativeNames[l] }))} />
          <ConfirmWhenAsked name="confirmOtherCampaign" label={t("confirmOtherCampaign")} />
          <SubmitButton>{t("add")}</SubmitButton>
        </Form>
      </section>
    </section>
  );
}
