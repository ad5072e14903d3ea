import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { stringParams } from "@/components/admin/query";
import { TableHead } from "@/components/admin/table";
import { CommandButton } from "@/components/forms/command-button";
import { RegistrationAdminNav } from "@/components/registrations/admin-subnav";
import { requireSecretariat } from "@/lib/auth/session";
import { intlLocale } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { setAccreditationEligibilityAction } from "@/lib/registrations/admin-actions";
import { ELIGIBILITY_PAGE_SIZE, listOrganisationsForEligibility } from "@/lib/registrations/eligibility";

export const metadata: Metadata = { robots: { index: false } };

/** Organisations whose participants are accredited automatically (UN entities, ITU members): the secretariat marks them. */
export default async function EligibilityPage({ params, searchParams }: PageProps<"/[locale]/admin/registrations/organisations">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/registrations/organisations`);
  const search = stringParams(await searchParams).q ?? "";
  const [t, organisations] = await Promise.all([
    getTranslations({ locale, namespace: "RegistrationEligibility" }),
    listOrganisationsForEligibility(secretariat, search),
  ]);
  const regionNames = new Intl.DisplayNames([intlLocale(locale)], { type: "region" });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <RegistrationAdminNav locale={locale} />
      <p>{t("intro")}</p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span>{t("search")}</span>
          <input name="q" type="search" defaultValue={search} maxLength={200} className="rounded border border-zinc-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white">
          {t("searchSubmit")}
        </button>
      </form>
      {organisations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("caption", { count: organisations.length, max: ELIGIBILITY_PAGE_SIZE })}</caption>
          <TableHead columns={[t("name"), t("country"), t("eligible"), t("actions")]} />
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id} className="border-b border-zinc-200 align-top">
                <th scope="row" className="p-2 text-start font-normal" dir="auto">
                  {o.name}
                </th>
                <td className="p-2">{o.countryCode ? (regionNames.of(o.countryCode) ?? o.countryCode) : "—"}</td>
                <td className="p-2">{o.accreditationEligible ? t("yes") : t("no")}</td>
                <td className="p-2">
                  <CommandButton
                    action={setAccreditationEligibilityAction.bind(null, locale, o.id, o.accreditationEligible ? "off" : "on")}
                    label={o.accreditationEligible ? t("unmark", { name: o.name }) : t("mark", { name: o.name })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {organisations.length === ELIGIBILITY_PAGE_SIZE && <p>{t("more", { max: ELIGIBILITY_PAGE_SIZE })}</p>}
    </section>
  );
}
