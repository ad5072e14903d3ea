import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { TableHead } from "@/components/admin/table";
import { CommandButton } from "@/components/forms/command-button";
import { RegistrationAdminNav } from "@/components/registrations/admin-subnav";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { locales, nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { nameFocalPointAction, removeFocalPointAction } from "@/lib/registrations/admin-actions";
import { listMemberStateOptions } from "@/lib/registrations/admin-queries";
import { listFocalPoints } from "@/lib/registrations/focal-points";

export const metadata: Metadata = { robots: { index: false } };

/** The focal points of an edition: named by the secretariat per Member State, and the invitations' addressees (implicit). */
export default async function FocalPointsPage({ params, searchParams }: PageProps<"/[locale]/admin/registrations/focal-points">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/registrations/focal-points`);
  const query = stringParams(await searchParams);
  const [t, tc, editions, edition, stateOptions] = await Promise.all([
    getTranslations({ locale, namespace: "RegistrationFocalPoints" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
    listMemberStateOptions(secretariat, locale),
  ]);
  const points = edition ? await listFocalPoints(secretariat, edition.id, locale) : null;
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <RegistrationAdminNav locale={locale} year={edition?.year} />
      <p>{t("intro")}</p>
      <EditionPicker locale={locale} editions={editions} current={edition?.year} />
      {edition && points && (
        <>
          <section aria-labelledby="name-title" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
            <h2 id="name-title" className="text-2xl font-semibold">
              {t("nameTitle")}
            </h2>
            <AdminForm
              id="name-focal-point"
              action={nameFocalPointAction.bind(null, locale, edition.id)}
              submitLabel={t("name")}
              fields={[
                { kind: "select", name: "memberStateCode", label: t("memberState"), required: true, placeholder: t("choose"), options: stateOptions },
                { kind: "email", name: "email", label: t("email"), required: true, dir: "ltr" },
                { kind: "text", name: "name", label: t("personName"), maxLength: 200 },
                {
                  kind: "select",
                  name: "language",
                  label: t("language"),
                  defaultValue: locale,
                  options: locales.map((l) => ({ value: l, label: nativeNames[l] })),
                },
              ]}
            />
          </section>

          <section aria-labelledby="named-title" className="flex flex-col gap-3">
            <h2 id="named-title" className="text-2xl font-semibold">
              {t("namedTitle", { count: points.named.length })}
            </h2>
            {points.named.length > 0 && (
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("namedTitle", { count: points.named.length })}</caption>
                <TableHead columns={[t("memberState"), t("personName"), t("email"), t("account"), t("actions")]} />
                <tbody>
                  {points.named.map((f) => (
                    <tr key={f.id} className="border-b border-zinc-200 align-top">
                      <th scope="row" className="p-2 text-start font-normal">
                        {f.memberStateName}
                      </th>
                      <td className="p-2" dir="auto">
                        {f.name ?? "—"}
                      </td>
                      <td className="p-2" dir="ltr">
                        {f.email}
                      </td>
                      <td className="p-2">{f.userId ? t("hasAccount") : t("noAccount")}</td>
                      <td className="p-2">
                        <CommandButton
                          danger
                          action={removeFocalPointAction.bind(null, locale, f.id)}
                          label={t("remove", { email: f.email })}
                          confirm={{
                            prompt: t("removeConfirm", { email: f.email, memberState: f.memberStateName }),
                            confirmLabel: tc("confirm"),
                            cancelLabel: tc("cancel"),
                          }}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="addressees-title" className="flex flex-col gap-3">
            <h2 id="addressees-title" className="text-2xl font-semibold">
              {t("addresseesTitle", { count: points.addressees.length })}
            </h2>
            <p>{t("addresseesIntro")}</p>
            {points.addressees.length > 0 && (
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("addresseesTitle", { count: points.addressees.length })}</caption>
                <TableHead columns={[t("memberState"), t("personName"), t("email")]} />
                <tbody>
                  {points.addressees.map((a) => (
                    <tr key={a.id} className="border-b border-zinc-200">
                      <th scope="row" className="p-2 text-start font-normal">
                        {a.memberStateName}
                      </th>
                      <td className="p-2" dir="auto">
                        {a.addresseeName}
                      </td>
                      <td className="p-2" dir="ltr">
                        {a.email}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </section>
  );
}
