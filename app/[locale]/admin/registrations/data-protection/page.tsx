import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { CommandButton } from "@/components/forms/command-button";
import { RegistrationAdminNav } from "@/components/registrations/admin-subnav";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { env } from "@/lib/env";
import { asLocale } from "@/lib/i18n/params";
import { erasePassportDataAction } from "@/lib/registrations/admin-actions";
import { passportDataSummary } from "@/lib/registrations/admin-queries";
import { forumEndedAt, passportDataExpiresAt } from "@/lib/registrations/erase";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Passport data of visa-letter requests: how much is held, when the daily command erases it
 * (PASSPORT_RETENTION_DAYS after the Forum) and a button to erase it now once the Forum has ended.
 */
export default async function DataProtectionPage({ params, searchParams }: PageProps<"/[locale]/admin/registrations/data-protection">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/registrations/data-protection`);
  const query = stringParams(await searchParams);
  const [t, tc, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "RegistrationDataProtection" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  const days = env().PASSPORT_RETENTION_DAYS;
  const summary = edition ? await passportDataSummary(secretariat, edition.id) : null;
  const now = new Date();
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <RegistrationAdminNav locale={locale} year={edition?.year} />
      <p>{t("intro", { days })}</p>
      <EditionPicker locale={locale} editions={editions} current={edition?.year} />
      {edition &&
        summary &&
        (() => {
          const ended = now >= forumEndedAt(summary.endDate);
          return (
            <section aria-labelledby="edition-data" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
              <h2 id="edition-data" className="text-2xl font-semibold">
                {edition.title}
              </h2>
              <p data-testid="passport-held">{t("held", { count: summary.held })}</p>
              <p>{t("erasedSoFar", { count: summary.erased })}</p>
              <p>{t("due", { at: formatGenevaDateTime(passportDataExpiresAt(summary.endDate, days), locale) })}</p>
              {summary.lastErasure && (
                <p>{t("lastErasure", { at: formatGenevaDateTime(summary.lastErasure.at, locale), by: summary.lastErasure.actor?.email ?? t("command") })}</p>
              )}
              {!ended ? (
                <p>{t("notEnded")}</p>
              ) : (
                summary.held > 0 && (
                  <CommandButton
                    danger
                    action={erasePassportDataAction.bind(null, locale, edition.id)}
                    label={t("eraseNow")}
                    confirm={{ prompt: t("confirm", { count: summary.held }), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
                  />
                )
              )}
            </section>
          );
        })()}
    </section>
  );
}
