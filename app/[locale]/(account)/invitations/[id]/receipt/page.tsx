import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DelegationList } from "@/components/invitations/delegation-list";
import { PrintButton } from "@/components/invitations/print-button";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { getInvitationForAddressee } from "@/lib/invitations/queries";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/** A printable receipt of the submitted reply, with its reference number. */
export default async function ReceiptPage({ params }: PageProps<"/[locale]/invitations/[id]/receipt">) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/invitations/${id}/receipt`);
  const inv = await getInvitationForAddressee(id, user.email);
  if (!inv) notFound();
  const t = await getTranslations({ locale, namespace: "Receipt" });
  const tr = await getTranslations({ locale, namespace: "InvitationRespond" });
  const c = inv.confirmation;
  const back = (
    <Link href={`/invitations/${inv.id}`} className="text-un-blue-dark underline print:hidden">
      {t("back")}
    </Link>
  );
  if (!c || c.state !== "SUBMITTED") {
    return (
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p>{t("notSubmitted")}</p>
        {back}
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title", { reference: c.reference })}</h1>
      <p className="text-zinc-700">{t("heading")}</p>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">{t("reference")}</dt>
        <dd className="font-mono text-lg">
          <bdi dir="ltr" data-testid="reference">
            {c.reference}
          </bdi>
        </dd>
        <dt className="font-medium">{t("memberState")}</dt>
        <dd>{localizeText(inv.memberState.name, locale)}</dd>
        <dt className="font-medium">{t("letter")}</dt>
        <dd>
          <span dir="ltr">{inv.campaign.symbol}</span>: {localizeText(inv.campaign.subject, locale)}
        </dd>
        <dt className="font-medium">{t("decision")}</dt>
        <dd>{c.decision === "ATTENDING" ? t("attending") : t("declined")}</dd>
        {c.submittedAt && (
          <>
            <dt className="font-medium">{t("submittedAt")}</dt>
            <dd>{formatGenevaDateTime(c.submittedAt, locale)}</dd>
          </>
        )}
        <dt className="font-medium">{t("updatedAt")}</dt>
        <dd>{formatGenevaDateTime(c.updatedAt, locale)}</dd>
      </dl>
      {c.decision === "ATTENDING" && (
        <section aria-labelledby="delegation" className="flex flex-col gap-2">
          <h2 id="delegation" className="text-2xl font-semibold">
            {tr("delegation")}
          </h2>
          <DelegationList members={c.members} locale={locale} />
        </section>
      )}
      {c.declineReason && <p dir="auto">{c.declineReason}</p>}
      <PrintButton label={t("print")} />
      {back}
    </section>
  );
}
