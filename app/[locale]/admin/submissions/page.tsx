import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { EditionPicker } from "@/components/admin/edition-picker";
import { FilterForm } from "@/components/admin/filter-form";
import { queryString, stringParams } from "@/components/admin/query";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pager, TableHead } from "@/components/admin/table";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { nativeNames } from "@/lib/i18n/locales";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { bulkDecideAction } from "@/lib/reviews/actions";
import { listQueueFilterOptions, listReviewQueue } from "@/lib/reviews/queries";
import { languages, queueFilterSchema, reviewStatuses, submissionKinds } from "@/lib/reviews/schemas";
import { formatGenevaDay } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/submissions`);
  const filter = queueFilterSchema.parse(stringParams(await searchParams));
  const [t, tc, label, editions, edition, options] = await Promise.all([
    getTranslations({ locale, namespace: "AdminReview" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    enumLabeller(locale),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, filter.edition),
    listQueueFilterOptions(secretariat, locale),
  ]);
  const queue = edition ? await listReviewQueue(secretariat, edition.id, filter, locale) : null;
  const any = { value: "", label: tc("any") };
  const pageLink = (page: number) =>
    `/${locale}/admin/submissions${queryString({ ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === undefined ? undefined : String(v)])), edition: edition ? String(edition.year) : undefined, page: String(page) })}`;
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
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
            name: "kind",
            label: t("kind"),
            defaultValue: filter.kind ?? "",
            options: [any, ...submissionKinds.map((k) => ({ value: k, label: label("SubmissionKind", k) }))],
          },
          {
            kind: "select",
            name: "status",
            label: t("status"),
            defaultValue: filter.status ?? "",
            options: [{ value: "", label: t("allButDrafts") }, ...reviewStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))],
          },
          {
            kind: "select",
            name: "stakeholderType",
            label: t("stakeholderType"),
            defaultValue: filter.stakeholderType ?? "",
            options: [any, ...options.stakeholderTypes],
          },
          { kind: "select", name: "region", label: t("region"), defaultValue: filter.region ?? "", options: [any, ...options.regions] },
          { kind: "select", name: "actionLine", label: t("actionLine"), defaultValue: filter.actionLine ?? "", options: [any, ...options.actionLines] },
          {
            kind: "select",
            name: "sdg",
            label: t("sdg"),
            defaultValue: filter.sdg ? String(filter.sdg) : "",
            options: [any, ...Array.from({ length: 17 }, (_, i) => ({ value: String(i + 1), label: t("sdgNumber", { number: i + 1 }) }))],
          },
          {
            kind: "select",
            name: "language",
            label: t("language"),
            defaultValue: filter.language ?? "",
            options: [any, ...languages.map((l) => ({ value: l, label: nativeNames[l] }))],
          },
        ]}
      />
      {queue && (
        <>
          <p role="status">{t("count", { count: queue.total })}</p>
          {queue.rows.length > 0 && (
            <div className="overflow-x-auto" tabIndex={0}>
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("title")}</caption>
                <TableHead columns={[t("select"), t("reference"), t("titleColumn"), t("kind"), t("status"), t("from"), t("submitted"), t("reviews")]} />
                <tbody>
                  {queue.rows.map((r) => (
                    <tr key={r.id} className="border-b border-zinc-200 align-top">
                      <td className="p-2">
                        <input type="checkbox" name="ids" value={r.id} form="bulk-decision" aria-label={t("selectOne", { reference: r.reference })} />
                      </td>
                      <td className="p-2 font-mono" dir="ltr">
                        <Link href={`/admin/submissions/${r.id}`} className="text-un-blue-dark underline">
                          {r.reference}
                        </Link>
                      </td>
                      <td className="p-2" lang={r.language} dir="auto">
                        {r.title}
                      </td>
                      <td className="p-2">{label("SubmissionKind", r.kind)}</td>
                      <td className="p-2">
                        <StatusBadge locale={locale} of="SubmissionStatus" status={r.status} />
                        {r.revisionDueAt && (
                          <>
                            <br />
                            <span className="text-xs">{t("dueBy", { at: formatGenevaDay(r.revisionDueAt, locale) })}</span>
                          </>
                        )}
                      </td>
                      <td className="p-2">{[r.organisation, r.country].filter(Boolean).join(", ")}</td>
                      <td className="p-2 whitespace-nowrap">{r.submittedAt ? formatGenevaDay(r.submittedAt, locale) : ""}</td>
                      <td className="p-2">{r._count.reviews}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            label={t("pages")}
            page={queue.page}
            pages={queue.pages}
            href={pageLink}
            previous={t("previous")}
            next={t("next")}
            position={t("pageOf", { page: queue.page, pages: queue.pages })}
          />
          {queue.rows.length > 0 && (
            <section aria-labelledby="bulk-title" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
              <h2 id="bulk-title" className="text-xl font-semibold">
                {t("bulkTitle")}
              </h2>
              <p>{t("bulkHint")}</p>
              <AdminForm
                id="bulk-decision"
                action={bulkDecideAction.bind(null, locale)}
                submitLabel={t("bulkApply")}
                confirm={{ prompt: t("bulkConfirm"), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
                fields={[
                  {
                    kind: "select",
                    name: "outcome",
                    label: t("outcome"),
                    options: (["ACCEPT", "DECLINE", "REQUEST_REVISIONS"] as const).map((o) => ({ value: o, label: label("DecisionOutcome", o) })),
                  },
                  { kind: "datetime-local", name: "revisionDueAt", label: t("revisionDueAt"), hint: t("revisionDueHint") },
                  { kind: "textarea", name: "message", label: t("message"), hint: t("messageHint"), rows: 3 },
                ]}
              />
            </section>
          )}
        </>
      )}
    </section>
  );
}
