import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Field } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { StatementForm } from "@/components/policy-statements/statement-form";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { locales, nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { isWindowOpen } from "@/lib/deadlines/policy";
import { getInvitationForAddressee } from "@/lib/invitations/queries";
import { NAME_MAX, TITLE_MAX } from "@/lib/invitations/schemas";
import { requestStatementAction, submitStatementAction } from "@/lib/policy-statements/actions";
import { canDelegateEdit } from "@/lib/policy-statements/policy";
import { getStatementHeldElsewhere } from "@/lib/policy-statements/queries";
import { SECRETARIAT_EMAIL } from "@/components/invitations/addressed-elsewhere";
import { PROTOCOL_CATEGORIES } from "@/lib/policy-statements/schemas";
import { formatDeadline } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

export default async function PolicyStatementPage({ params }: PageProps<"/[locale]/invitations/[id]/policy-statement">) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/invitations/${id}/policy-statement`);
  const inv = await getInvitationForAddressee(id, user.email);
  if (!inv) notFound();
  const t = await getTranslations({ locale, namespace: "PolicyStatementForm" });
  const label = await enumLabeller(locale);
  const s = inv.policyStatement;
  const elsewhere = s ? null : await getStatementHeldElsewhere(inv.id, user.email);
  const confirmed = inv.status === "CONFIRMED";
  const open = isWindowOpen(inv.windows.statement, new Date());
  const editable = confirmed && open && !elsewhere && (!s || canDelegateEdit(s.status));

  return (
    <ClientMessages namespaces={["InvitationValidation", "PolicyStatementForm"]}>
      <section className="flex flex-col gap-6">
        <Link href={`/invitations/${inv.id}`} className="text-un-blue-dark underline">
          {t("back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("title", { memberState: localizeText(inv.memberState.name, locale) })}</h1>
        <p className="font-medium">{t("deadline", { deadline: formatDeadline(inv.statementClosesAt, locale).text })}</p>
        {!confirmed && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
            {t("notConfirmed")}
          </p>
        )}
        {confirmed && !open && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
            {t("closed")}
          </p>
        )}
        {s && !canDelegateEdit(s.status) && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
            {t("locked")}
          </p>
        )}
        {s && <p>{t("status", { status: label("PolicyStatementStatus", s.status) })}</p>}
        {confirmed && elsewhere && (
          <div role="status" className="flex flex-col gap-1 rounded border border-amber-300 bg-amber-50 px-3 py-2">
            <p>{elsewhere.symbol ? t("heldElsewhere", { symbol: elsewhere.symbol }) : t("heldBySecretariat")}</p>
            {elsewhere.invitationId ? (
              <Link href={`/invitations/${elsewhere.invitationId}/policy-statement`} className="text-un-blue-dark underline">
                {t("openHeld", { symbol: elsewhere.symbol ?? "" })}
              </Link>
            ) : (
              <p>
                {t.rich("heldContact", {
                  email: SECRETARIAT_EMAIL,
                  link: (chunks) => (
                    <a href={`mailto:${SECRETARIAT_EMAIL}`} className="text-un-blue-dark underline" dir="ltr">
                      {chunks}
                    </a>
                  ),
                })}
              </p>
            )}
          </div>
        )}

        {confirmed && (
          <section aria-labelledby="request" className="flex flex-col gap-3">
            <h2 id="request" className="text-2xl font-semibold">
              {t("requestTitle")}
            </h2>
            {editable ? (
              <Form action={requestStatementAction.bind(null, locale, inv.id)} id="request-form" className="flex max-w-2xl flex-col gap-4">
                <Field name="speakerName" label={t("speakerName")} required maxLength={NAME_MAX} dir="auto" stored={s?.speakerName} />
                <Field name="speakerTitle" label={t("speakerTitle")} required maxLength={TITLE_MAX} dir="auto" stored={s?.speakerTitle} />
                <Field
                  type="select"
                  name="protocolCategory"
                  label={t("protocolCategory")}
                  required
                  placeholder=""
                  stored={s?.protocolCategory}
                  options={PROTOCOL_CATEGORIES.map((c) => ({ value: c, label: label("ProtocolCategory", c) }))}
                />
                <Field
                  type="select"
                  name="language"
                  label={t("language")}
                  required
                  stored={s?.language ?? inv.language}
                  options={locales.map((l) => ({ value: l, label: nativeNames[l] }))}
                />
                <SubmitButton>{s ? t("updateRequest") : t("request")}</SubmitButton>
              </Form>
            ) : s ? (
              <p dir="auto">
                {s.speakerName}, {s.speakerTitle} · {label("ProtocolCategory", s.protocolCategory)} · {nativeNames[s.language]}
              </p>
            ) : null}
          </section>
        )}

        {confirmed && s && (
          <section aria-labelledby="submit" className="flex flex-col gap-3">
            <h2 id="submit" className="text-2xl font-semibold">
              {t("submitTitle")}
            </h2>
            <p>{t("timeLimit", { minutes: s.timeLimitMinutes })}</p>
            <StatementForm
              action={submitStatementAction.bind(null, locale, inv.id)}
              initialText={s.text ?? ""}
              language={s.language}
              currentFile={s.file}
              readOnly={!editable}
            />
          </section>
        )}
      </section>
    </ClientMessages>
  );
}
