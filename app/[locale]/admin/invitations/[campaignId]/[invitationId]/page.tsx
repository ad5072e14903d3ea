import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Field } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { DelegationList } from "@/components/invitations/delegation-list";
import { RosterTable } from "@/components/registrations/roster-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireSecretariat } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { changeEmailAction, grantExtensionAction } from "@/lib/invitations/actions/admin";
import { canApply } from "@/lib/invitations/policy";
import { getInvitationForAdmin } from "@/lib/invitations/queries";
import { EMAIL_MAX, REASON_MAX } from "@/lib/invitations/schemas";
import { getDelegationRoster } from "@/lib/registrations/roster";
import { formatDeadline, formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminInvitationPage({ params }: PageProps<"/[locale]/admin/invitations/[campaignId]/[invitationId]">) {
  const { locale: raw, campaignId, invitationId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/invitations/${campaignId}/${invitationId}`);
  const inv = await getInvitationForAdmin(secretariat, invitationId);
  if (!inv || inv.campaign.id !== campaignId) notFound();
  const t = await getTranslations({ locale, namespace: "InvitationAdmin" });
  const when = (d: Date | null) => (d ? formatGenevaDateTime(d, locale) : t("never"));
  const c = inv.confirmation;

  return (
    <section className="flex flex-col gap-6">
      <p>
        <Link href={`/admin/invitations/${campaignId}`} className="text-un-blue-dark underline">
          {inv.campaign.symbol}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("invitationTitle", { memberState: localizeText(inv.memberState.name, locale) })}</h1>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>{t("addressee")}</dt>
        <dd dir="auto">
          {inv.addresseeTitle} {inv.addresseeName}
        </dd>
        <dt>{t("email")}</dt>
        <dd>
          <bdi dir="ltr">{inv.email}</bdi>
        </dd>
        <dt>{t("status")}</dt>
        <dd>
          <StatusBadge locale={locale} of="InvitationStatus" status={inv.status} />
        </dd>
        <dt>{t("sentAt")}</dt>
        <dd>{when(inv.sentAt)}</dd>
        <dt>{t("viewedAt")}</dt>
        <dd>{when(inv.viewedAt)}</dd>
        <dt>{t("respondedAt")}</dt>
        <dd>{when(inv.respondedAt)}</dd>
        <dt>{t("closesAt")}</dt>
        <dd>{formatDeadline(inv.closesAt, locale).text}</dd>
      </dl>

      <section aria-labelledby="answer" className="flex flex-col gap-2">
        <h2 id="answer" className="text-2xl font-semibold">
          {t("answer")}
        </h2>
        {!c ? (
          <p>{t("noAnswer")}</p>
        ) : (
          <>
            <p>
              {t("reference", { reference: c.reference })}
              {c.state === "DRAFT" && ` — ${t("draft")}`}
            </p>
            {c.declineReason && <p dir="auto">{t("declineReason", { reason: c.declineReason })}</p>}
            {c.decision === "ATTENDING" && (
              <>
                <h3 className="text-lg font-semibold">{t("delegation")}</h3>
                <DelegationList members={c.members} locale={locale} />
              </>
            )}
            {c.decision === "ATTENDING" && c.state === "SUBMITTED" && (
              <RosterTable locale={locale} memberState={localizeText(inv.memberState.name, locale)} roster={await getDelegationRoster(inv.id)} />
            )}
          </>
        )}
      </section>

      {canApply("changeEmail", inv.status) && (
        <section aria-labelledby="change-email" className="flex flex-col gap-2">
          <h2 id="change-email" className="text-2xl font-semibold">
            {t("changeEmail")}
          </h2>
          <p className="max-w-prose text-zinc-700">{t("changeEmailHint")}</p>
          <Form action={changeEmailAction.bind(null, locale, inv.id, campaignId)} id="email-form" className="flex max-w-2xl flex-col gap-4">
            <Field type="email" name="email" label={t("newEmail")} required maxLength={EMAIL_MAX} dir="ltr" stored={inv.email} />
            <SubmitButton>{t("saveEmail")}</SubmitButton>
          </Form>
        </section>
      )}

      {canApply("extend", inv.status) && (
        <section aria-labelledby="extension" className="flex flex-col gap-2">
          <h2 id="extension" className="text-2xl font-semibold">
            {t("extension")}
          </h2>
          <p className="max-w-prose text-zinc-700">{t("extensionHint")}</p>
          <Form action={grantExtensionAction.bind(null, locale, inv.id, campaignId)} id="extension-form" className="flex max-w-2xl flex-col gap-4">
            <Field type="date" name="until" label={t("until")} required />
            <Field type="textarea" name="reason" label={t("reason")} required maxLength={REASON_MAX} rows={4} />
            <SubmitButton>{t("grant")}</SubmitButton>
          </Form>
        </section>
      )}

      <section aria-labelledby="history" className="flex flex-col gap-2">
        <h2 id="history" className="text-2xl font-semibold">
          {t("history")}
        </h2>
        <ul className="text-sm">
          {inv.history.map((h) => (
            <li key={String(h.id)}>
              <span dir="ltr">{h.action}</span> · {formatGenevaDateTime(h.at, locale)} · <span dir="ltr">{h.actor?.email ?? ""}</span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
