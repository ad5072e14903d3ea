import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeclineForm } from "@/components/invitations/decline-form";
import { DelegationForm } from "@/components/invitations/delegation-form";
import { LetterSummary } from "@/components/invitations/letter-summary";
import { MarkViewed } from "@/components/invitations/mark-viewed";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { declineAction, markViewedAction, saveDelegationAction } from "@/lib/invitations/actions/delegate";
import { isWindowOpen } from "@/lib/deadlines/policy";
import { canAnswer } from "@/lib/invitations/policy";
import { getInvitationForAddressee } from "@/lib/invitations/queries";
import { formatDeadline } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

export default async function InvitationPage({ params, searchParams }: PageProps<"/[locale]/invitations/[id]">) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/invitations/${id}`);
  // bound to the address: anyone else signed in is told there is no such page
  const inv = await getInvitationForAddressee(id, user.email);
  if (!inv) notFound();
  const t = await getTranslations({ locale, namespace: "InvitationRespond" });
  const label = await enumLabeller(locale);
  const now = new Date();
  const open = isWindowOpen(inv.windows.response, now) && canAnswer(inv.status);
  const deadline = formatDeadline(inv.closesAt, locale).text;
  const c = inv.confirmation;
  const submitted = c?.state === "SUBMITTED";
  const confirmed = submitted && c.decision === "ATTENDING";
  const memberState = localizeText(inv.memberState.name, locale);
  const justSaved = (await searchParams).saved === "1";

  return (
    <ClientMessages namespaces={["Enum", "InvitationRespond"]}>
      <section className="flex flex-col gap-6">
        {(inv.status === "SENT" || inv.status === "BOUNCED") && <MarkViewed action={markViewedAction.bind(null, locale, inv.id)} />}
        <h1 className="text-3xl font-bold">{t("title", { memberState })}</h1>
        <LetterSummary campaign={inv.campaign} locale={locale} />
        <p>
          <StatusBadge locale={locale} of="InvitationStatus" status={inv.status} label={t("status", { status: label("InvitationStatus", inv.status) })} />
        </p>
        {inv.status === "REVOKED" ? (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
            {t("revokedNotice")}
          </p>
        ) : open ? (
          <p className="font-medium">
            {t("deadline", { deadline })}
            {inv.extended && <> {t("extended")}</>}
          </p>
        ) : (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
            {t("closedNotice", { deadline })}
          </p>
        )}
        {submitted && (
          <div role={justSaved ? "status" : undefined} className="flex flex-col gap-1 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            <p className="font-semibold">{confirmed ? t("confirmedNotice", { reference: c.reference }) : t("declinedNotice", { reference: c.reference })}</p>
            <Link href={`/invitations/${inv.id}/receipt`} className="underline">
              {t("receipt")}
            </Link>
          </div>
        )}

        {(open || c?.decision === "ATTENDING") && (
          <section aria-labelledby="delegation" className="flex flex-col gap-3">
            <h2 id="delegation" className="text-2xl font-semibold">
              {t("confirmTitle")}
            </h2>
            <DelegationForm
              action={saveDelegationAction.bind(null, locale, inv.id)}
              confirmed={confirmed}
              allowDraft={!submitted}
              readOnly={!open}
              initial={(c?.decision === "ATTENDING" ? c.members : []).map((m) => ({
                name: m.name,
                title: m.title,
                gender: m.gender,
                email: m.email ?? "",
                attendance: m.attendance,
              }))}
            />
          </section>
        )}

        {open && (
          <section aria-labelledby="decline" className="flex flex-col gap-3">
            <h2 id="decline" className="text-2xl font-semibold">
              {t("declineTitle")}
            </h2>
            <DeclineForm
              action={declineAction.bind(null, locale, inv.id)}
              stored={c?.declineReason ?? ""}
              submitLabel={submitted && !confirmed ? t("declineAgain") : t("decline")}
            />
          </section>
        )}

        <section aria-labelledby="statement" className="flex flex-col gap-2">
          <h2 id="statement" className="text-2xl font-semibold">
            {t("statementTitle")}
          </h2>
          <p>{t("statementIntro", { deadline: formatDeadline(inv.statementClosesAt, locale).text })}</p>
          {inv.policyStatement && <p>{t("statementStatus", { status: label("PolicyStatementStatus", inv.policyStatement.status) })}</p>}
          {inv.status === "CONFIRMED" ? (
            <Link href={`/invitations/${inv.id}/policy-statement`} className="self-start text-un-blue-dark underline">
              {t("statementLink")}
            </Link>
          ) : (
            <p className="text-zinc-700">{t("statementAfterConfirm")}</p>
          )}
        </section>
      </section>
    </ClientMessages>
  );
}
