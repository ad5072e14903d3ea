import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionPicker } from "@/components/admin/edition-picker";
import { FilterForm } from "@/components/admin/filter-form";
import { queryString, stringParams } from "@/components/admin/query";
import { Pager, TableHead } from "@/components/admin/table";
import { RegistrationAdminNav } from "@/components/registrations/admin-subnav";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { listRegistrationFilterOptions, listRegistrations } from "@/lib/registrations/admin-queries";
import { attendances, badgeCategories, registrationFilterSchema, registrationGenders, registrationStatuses } from "@/lib/registrations/admin-schemas";
import { formatGenevaDay } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/** Every registration of an edition, filtered (status, category, stakeholder type, UN region, gender, attendance, visa), paged. */
export default async function RegistrationsListPage({ params, searchParams }: PageProps<"/[locale]/admin/registrations">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/registrations`);
  const filter = registrationFilterSchema.parse(stringParams(await searchParams));
  const [t, tc, label, editions, edition, options] = await Promise.all([
    getTranslations({ locale, namespace: "RegistrationList" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    enumLabeller(locale),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, filter.edition),
    listRegistrationFilterOptions(secretariat, locale),
  ]);
  const list = edition ? await listRegistrations(secretariat, edition.id, filter, locale) : null;
  const any = { value: "", label: tc("any") };
  const current = Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const pageLink = (page: number) =>
    `/${locale}/admin/registrations${queryString({ ...current, edition: edition ? String(edition.year) : undefined, page: String(page) })}`;
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <RegistrationAdminNav locale={locale} year={edition?.year} />
      <EditionPicker locale={locale} editions={editions} current={edition?.year} />
      <FilterForm
        label={t("filters")}
        submitLabel={t("apply")}
        fields={[
          ...(edition
            ? [
                {
                  kind: "select" as const,
                  name: "edition",
                  label: tc("edition"),
                  defaultValue: String(edition.year),
                  options: editions.map((e) => ({ value: String(e.year), label: String(e.year) })),
                },
              ]
            : []),
          { kind: "search", name: "q", label: t("search"), defaultValue: filter.q },
          {
            kind: "select",
            name: "status",
            label: t("status"),
            defaultValue: filter.status ?? "",
            options: [any, ...registrationStatuses.map((s) => ({ value: s, label: label("ForumRegistrationStatus", s) }))],
          },
          {
            kind: "select",
            name: "category",
            label: t("category"),
            defaultValue: filter.category ?? "",
            options: [any, ...badgeCategories.map((c) => ({ value: c, label: label("BadgeCategory", c) }))],
          },
          {
            kind: "select",
            name: "stakeholderType",
            label: t("stakeholderType"),
            defaultValue: filter.stakeholderType ?? "",
            options: [any, ...options.stakeholderTypes],
          },
          { kind: "select", name: "region", label: t("region"), defaultValue: filter.region ?? "", options: [any, ...options.regions] },
          {
            kind: "select",
            name: "gender",
            label: t("gender"),
            defaultValue: filter.gender ?? "",
            options: [any, ...registrationGenders.map((g) => ({ value: g, label: label("Gender", g) }))],
          },
          {
            kind: "select",
            name: "attendance",
            label: t("attendance"),
            defaultValue: filter.attendance ?? "",
            options: [any, ...attendances.map((a) => ({ value: a, label: label("Attendance", a) }))],
          },
          {
            kind: "select",
            name: "visa",
            label: t("visa"),
            defaultValue: filter.visa ?? "",
            options: [any, { value: "yes", label: t("visaYes") }, { value: "no", label: t("visaNo") }],
          },
        ]}
      />
      {list && edition && (
        <>
          <p role="status">{t("count", { count: list.total })}</p>
          <p>
            <a download className="text-un-blue-dark underline" href={`/${locale}/admin/exports/forum-registrations?edition=${edition.year}&format=xlsx`}>
              {t("export")}
            </a>
          </p>
          {list.rows.length > 0 && (
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("title")}</caption>
                <TableHead
                  columns={[
                    t("name"),
                    t("organisation"),
                    t("country"),
                    t("stakeholderType"),
                    t("category"),
                    t("gender"),
                    t("attendance"),
                    t("visa"),
                    t("status"),
                    t("submitted"),
                  ]}
                />
                <tbody>
                  {list.rows.map((r) => (
                    <tr key={r.id} className="border-b border-zinc-200 align-top">
                      <th scope="row" className="p-2 text-start font-normal">
                        <span dir="auto">
                          {r.familyName}, {r.givenNames}
                        </span>
                        <br />
                        <span className="text-xs" dir="ltr">
                          {r.user.email}
                        </span>
                        {r.invitation && (
                          <>
                            <br />
                            <span className="text-xs">{t("delegationOf", { code: r.invitation.memberStateCode })}</span>
                          </>
                        )}
                      </th>
                      <td className="p-2" dir="auto">
                        {r.organisation?.name ?? "—"}
                      </td>
                      <td className="p-2">{r.countryName}</td>
                      <td className="p-2">{r.stakeholderTypeName}</td>
                      <td className="p-2">{label("BadgeCategory", r.category)}</td>
                      <td className="p-2">{label("Gender", r.gender)}</td>
                      <td className="p-2">{label("Attendance", r.attendance)}</td>
                      <td className="p-2">{r.visaLetter ? label("VisaLetterStatus", r.visaLetter.status) : "—"}</td>
                      <td className="p-2">
                        <StatusBadge locale={locale} of="ForumRegistrationStatus" status={r.status} />
                      </td>
                      <td className="p-2 whitespace-nowrap">{formatGenevaDay(r.submittedAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            label={t("pages")}
            page={list.page}
            pages={list.pages}
            href={pageLink}
            previous={t("previous")}
            next={t("next")}
            position={t("pageOf", { page: list.page, pages: list.pages })}
          />
        </>
      )}
    </section>
  );
}
