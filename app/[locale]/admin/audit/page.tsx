import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { auditActionLabeller } from "@/lib/audit/labels";
import { listAuditEntries, listAuditEntityTypes } from "@/lib/audit/queries";
import { auditFilterSchema, type AuditFilter } from "@/lib/audit/schemas";
import { TableHead } from "@/components/admin/table";
import { requireSecretariat } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import { formatGenevaDateTime } from "@/lib/time/format";
import { FilterForm } from "@/components/admin/filter-form";
import { queryString, stringParams } from "@/components/admin/query";

export const metadata: Metadata = { robots: { index: false } };

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/audit`);
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(stringParams(raw));
  const filter: AuditFilter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const [t, { rows, nextBefore }, entityTypes] = await Promise.all([
    getTranslations({ locale, namespace: "AdminAudit" }),
    listAuditEntries(secretariat, filter),
    listAuditEntityTypes(secretariat),
  ]);
  const auditLabel = await auditActionLabeller(locale);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm
        label={t("filters")}
        submitLabel={t("apply")}
        fields={[
          { kind: "text", name: "action", label: t("action"), defaultValue: filter.action, hint: t("actionHint") },
          { kind: "text", name: "actor", label: t("actor"), defaultValue: filter.actor },
          {
            kind: "select",
            name: "entityType",
            label: t("entityType"),
            defaultValue: filter.entityType,
            options: [{ value: "", label: t("any") }, ...entityTypes.map((e) => ({ value: e, label: e }))],
          },
          { kind: "text", name: "entityId", label: t("entityId"), defaultValue: filter.entityId },
          { kind: "date", name: "from", label: t("from"), defaultValue: filter.from },
          { kind: "date", name: "to", label: t("to"), defaultValue: filter.to },
        ]}
      />
      {!parsed.success && (
        <p role="alert" className="text-red-700">
          {t("badFilter")}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <TableHead columns={[t("at"), t("actor"), t("action"), t("entity"), t("data")]} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-zinc-200 align-top">
                  <td className="p-2 whitespace-nowrap">{formatGenevaDateTime(r.at, locale)}</td>
                  <td className="p-2" dir="ltr">
                    {r.actorEmail ?? t("system")}
                  </td>
                  <td className="p-2">
                    {auditLabel(r.action)}
                    <div className="font-mono text-xs" dir="ltr">
                      {r.action}
                    </div>
                  </td>
                  <td className="p-2 font-mono" dir="ltr">
                    {r.entityType}:{r.entityId}
                  </td>
                  <td className="p-2">
                    <code dir="ltr" className="break-all text-xs">
                      {r.data ?? ""}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && (
        <a className="self-start text-un-blue-dark underline" href={`/${locale}/admin/audit${queryString({ ...filter, before: nextBefore })}`}>
          {t("older")}
        </a>
      )}
    </section>
  );
}
