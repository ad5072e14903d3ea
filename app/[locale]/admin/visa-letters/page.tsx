import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { CommandButton } from "@/components/forms/command-button";
import { ScrollTable } from "@/components/ui/table";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { intlLocale } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { approveVisaLetterAction, rejectVisaLetterAction } from "@/lib/registrations/document-actions";
import { listVisaLetterRequests } from "@/lib/registrations/visa-letters";
import { formatCalendarDay } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/** The secretariat's queue of visa support letter requests (passport data: here only). */
export default async function VisaLettersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/visa-letters`);
  const query = stringParams(await searchParams);
  const [t, tc, editions, edition, label] = await Promise.all([
    getTranslations({ locale, namespace: "AdminVisaLetters" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
    enumLabeller(locale),
  ]);
  if (!edition) return <p>{t("noEdition")}</p>;
  const rows = await listVisaLetterRequests(secretariat, edition.year);
  const country = new Intl.DisplayNames([intlLocale(locale)], { type: "region" });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <EditionPicker locale={locale} editions={editions} current={edition.year} />
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ScrollTable columns={[t("participant"), t("passport"), t("representation"), t("language"), t("registration"), t("status"), t("actions")]}>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-zinc-200 align-top">
              <td className="p-2">
                <span className="font-semibold" dir="auto">
                  {r.fullName}
                </span>
                <br />
                <span dir="auto">{r.organisation}</span>
                <br />
                <span dir="ltr">{r.email}</span>
              </td>
              <td className="p-2">
                {r.erased ? (
                  t("erased")
                ) : (
                  <>
                    {r.nationality && (
                      <>
                        {t("nationality")}: {country.of(r.nationality)}
                        <br />
                      </>
                    )}
                    {r.passportNumber && r.passportExpiry && (
                      <>
                        {t("passportLine", { number: r.passportNumber, expiry: formatCalendarDay(r.passportExpiry, locale) })}
                        <br />
                      </>
                    )}
                    {r.dateOfBirth && t("dateOfBirth", { date: formatCalendarDay(r.dateOfBirth, locale) })}
                  </>
                )}
              </td>
              <td className="p-2" dir="auto">
                {r.swissRepresentation}
              </td>
              <td className="p-2">{label("VisaLetterLanguage", r.letterLanguage)}</td>
              <td className="p-2">{label("ForumRegistrationStatus", r.registrationStatus as never)}</td>
              <td className="p-2">
                {label("VisaLetterStatus", r.status)}
                {r.statusReason && (
                  <>
                    <br />
                    <span dir="auto">{r.statusReason}</span>
                  </>
                )}
                {r.referenceNumber && !r.erased && (
                  <>
                    <br />
                    <a className="underline" href={`/${locale}/admin/visa-letters/${r.id}/letter.pdf`}>
                      {t("download", { reference: r.referenceNumber })}
                    </a>
                  </>
                )}
              </td>
              <td className="p-2">
                {r.status === "REQUESTED" && !r.erased && (
                  <div className="flex min-w-64 flex-col gap-4">
                    {r.registrationStatus === "ACCREDITED" ? (
                      <CommandButton
                        action={approveVisaLetterAction.bind(null, locale, r.id, edition.year)}
                        label={t("approve")}
                        confirm={{ prompt: t("approveConfirm", { name: r.fullName }), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
                      />
                    ) : (
                      <p className="text-sm">{t("waitsForAccreditation")}</p>
                    )}
                    <AdminForm
                      id={`reject-${r.id}`}
                      action={rejectVisaLetterAction.bind(null, locale, r.id, edition.year)}
                      fields={[{ kind: "text", name: "reason", label: t("reason"), required: true, maxLength: 1000 }]}
                      submitLabel={t("reject")}
                    />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
