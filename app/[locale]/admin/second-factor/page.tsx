import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommandButton } from "@/components/forms/command-button";
import { ButtonForm, CodeForm, Passkey, TotpEnrol } from "@/components/second-factor/factor-forms";
import { requireRole, secondFactorPath } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import {
  confirmTotpAction,
  passkeyAuthenticationOptionsAction,
  passkeyRegistrationOptionsAction,
  redeemRecoveryCodeAction,
  registerPasskeyAction,
  removePasskeyAction,
  removeTotpAction,
  renewRecoveryCodesAction,
  reverifyAction,
  startTotpAction,
  verifyPasskeyAction,
  verifyTotpAction,
} from "@/lib/second-factor/actions";
import { getSecondFactorStatus, hasFactor } from "@/lib/second-factor/queries";
import { adminReturnPath } from "@/lib/second-factor/return-to";
import { RECENT_VERIFICATION } from "@/lib/second-factor/service";
import { formatGenevaDay } from "@/lib/time/format";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The secretariat's second factor: enrolment on the first admin visit, verification of each new
 * session, and (once verified) the member's own passkeys, authenticator app and recovery codes.
 * The one admin page a secretariat session reaches before it has passed the second factor.
 */
export default async function SecondFactorPage({ params, searchParams }: PageProps<"/[locale]/admin/second-factor">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = secondFactorPath(locale);
  const user = await requireRole("SECRETARIAT", locale, path, { secondFactor: "pending" });
  const query = await searchParams;
  const next = adminReturnPath(locale, query.callbackUrl);
  const [t, status] = await Promise.all([getTranslations({ locale, namespace: "SecondFactor" }), getSecondFactorStatus(user.id)]);
  const heading = "text-2xl font-semibold";

  if (!user.secondFactorVerified && !hasFactor(status)) {
    return (
      <ClientMessages namespaces={["SecondFactor"]}>
        <section className="flex max-w-2xl flex-col gap-6">
          <h1 className="text-3xl font-bold">{t("enrol.title")}</h1>
          <p>{t("enrol.intro")}</p>
          <section aria-labelledby="enrol-passkey" className="flex flex-col gap-3">
            <h2 id="enrol-passkey" className={heading}>
              {t("passkey.title")}
            </h2>
            <p>{t("passkey.intro")}</p>
            <Passkey
              ceremony="register"
              optionsAction={passkeyRegistrationOptionsAction.bind(null, locale)}
              action={registerPasskeyAction.bind(null, locale, next)}
              label={t("passkey.add")}
            />
          </section>
          <section aria-labelledby="enrol-totp" className="flex flex-col gap-3">
            <h2 id="enrol-totp" className={heading}>
              {t("totp.title")}
            </h2>
            <p>{t("totp.intro")}</p>
            <TotpEnrol startAction={startTotpAction.bind(null, locale)} confirmAction={confirmTotpAction.bind(null, locale, next)} />
          </section>
        </section>
      </ClientMessages>
    );
  }

  if (!user.secondFactorVerified) {
    return (
      <ClientMessages namespaces={["SecondFactor"]}>
        <section className="flex max-w-2xl flex-col gap-6">
          <h1 className="text-3xl font-bold">{t("verify.title")}</h1>
          <p>{t("verify.intro")}</p>
          {status.passkeys.length > 0 && (
            <Passkey
              ceremony="authenticate"
              optionsAction={passkeyAuthenticationOptionsAction.bind(null, locale)}
              action={verifyPasskeyAction.bind(null, locale, next)}
              label={t("passkey.use")}
            />
          )}
          {status.totp && (
            <CodeForm
              id="totp-code"
              action={verifyTotpAction.bind(null, locale, next)}
              label={t("totp.codeLabel")}
              submitLabel={t("verify.submit")}
              inputMode="numeric"
            />
          )}
          <details className="flex flex-col gap-2">
            <summary className="cursor-pointer font-medium text-un-blue-dark underline">{t("recovery.summary")}</summary>
            <CodeForm
              id="recovery-code"
              action={redeemRecoveryCodeAction.bind(null, locale, next)}
              label={t("recovery.label")}
              hint={t("recovery.hint")}
              submitLabel={t("recovery.submit")}
              inputMode="text"
            />
          </details>
        </section>
      </ClientMessages>
    );
  }

  return (
    <ClientMessages namespaces={["SecondFactor"]}>
      <section className="flex max-w-2xl flex-col gap-6">
        <h1 className="text-3xl font-bold">{t("manage.title")}</h1>
        {query.removed === "1" && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {t("manage.removed")}
          </p>
        )}
        <p>{t("manage.intro", { minutes: RECENT_VERIFICATION / 60_000 })}</p>
        <CommandButton action={reverifyAction.bind(null, locale)} label={t("manage.reverify")} />
        <section aria-labelledby="manage-passkeys" className="flex flex-col gap-3">
          <h2 id="manage-passkeys" className={heading}>
            {t("passkey.title")}
          </h2>
          {status.passkeys.length === 0 ? (
            <p>{t("manage.noPasskey")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {status.passkeys.map((p, i) => (
                <li key={p.id} className="flex flex-wrap items-center gap-4">
                  <span>{t("manage.passkeyItem", { n: i + 1, added: formatGenevaDay(p.createdAt, locale) })}</span>
                  <CommandButton action={removePasskeyAction.bind(null, locale, p.id)} label={t("manage.removePasskey", { n: i + 1 })} danger />
                </li>
              ))}
            </ul>
          )}
          <Passkey
            ceremony="register"
            optionsAction={passkeyRegistrationOptionsAction.bind(null, locale)}
            action={registerPasskeyAction.bind(null, locale, path)}
            label={t("passkey.add")}
          />
        </section>
        <section aria-labelledby="manage-totp" className="flex flex-col gap-3">
          <h2 id="manage-totp" className={heading}>
            {t("totp.title")}
          </h2>
          {status.totp ? (
            <CommandButton action={removeTotpAction.bind(null, locale)} label={t("manage.removeTotp")} danger />
          ) : (
            <TotpEnrol startAction={startTotpAction.bind(null, locale)} confirmAction={confirmTotpAction.bind(null, locale, path)} />
          )}
        </section>
        <section aria-labelledby="manage-codes" className="flex flex-col gap-3">
          <h2 id="manage-codes" className={heading}>
            {t("codes.title")}
          </h2>
          <p>{t("manage.codesLeft", { count: status.recoveryCodesLeft })}</p>
          <ButtonForm action={renewRecoveryCodesAction.bind(null, locale)} label={t("manage.renewCodes")} />
        </section>
        <p>
          <a href={next} className="text-un-blue-dark underline">
            {t("manage.back")}
          </a>
        </p>
      </section>
    </ClientMessages>
  );
}
