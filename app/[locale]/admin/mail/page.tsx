import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { FilterForm } from "@/components/admin/filter-form";
import { queryString, stringParams } from "@/components/admin/query";
import { Pager, TableHead } from "@/components/admin/table";
import { requireSecretariat } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { resendMailAction } from "@/lib/mail-admin/actions";
import { listOutbox } from "@/lib/mail-admin/queries";
import { outboxFilterSchema } from "@/lib/mail-admin/schemas";
import { formatGenevaDateTime } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export const metadata: Metadata = { robots: { index: false } };

const statuses = ["QUEUED", "SENDING", "SENT", "FAILED"] as const;

export default async function MailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/mail`);
  const filter = outboxFilterSchema.parse(stringParams(await searchParams));
  const [t, outbox, label] = await Promise.all([getTranslations({ locale, namespace: "AdminMailbox" }), listOutbox(secretariat, filter), enumLabeller(locale)]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/admin/mail/reminders" className="text-un-blue-dark underline">
          {t("remindersLink")}
        </Link>
      </p>
      <ul className="flex flex-wrap gap-4" aria-label={t("countsLabel")}>
        {statuses.map((s) => (
          <li key={s} className="rounded border border-zinc-300 px-3 py-1">
            {label("OutboxStatus", s)}: {outbox.counts[s] ?? 0}
          </li>
        ))}
      </ul>
      <FilterForm
        label={t("filters")}
        submitLabel={t("apply")}
        fields={[
          {
            kind: "select",
            name: "status",
            label: t("statusLabel"),
            defaultValue: filter.status ?? "",
            options: [{ value: "", label: t("all") }, ...statuses.map((s) => ({ value: s, label: label("OutboxStatus", s) }))],
          },
          { kind: "search", name: "to", label: t("to"), defaultValue: filter.to },
        ]}
      />
      {outbox.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <TableHead columns={[t("created"), t("to"), t("subject"), t("statusLabel"), t("attempts"), t("resend")]} />
            <tbody>
              {outbox.rows.map((m) => (
                <tr key={m.id} className="border-b border-zinc-200 align-top">
                  <td className="p-2 whitespace-nowrap">{formatGenevaDateTime(m.createdAt, locale)}</td>
                  <td className="p-2" dir="ltr">
                    {m.to}
                  </td>
                  <td className="p-2">
                    <span lang={m.language}>{m.subject}</span>
                    <br />
                    <span className="font-mono text-xs text-zinc-700" dir="ltr">
                      {m.template}
                    </span>
                  </td>
                  <td className="p-2">
                    <strong>{label("OutboxStatus", m.status)}</strong>
                    {m.sentAt && (
                      <>
                        <br />
                        {formatGenevaDateTime(m.sentAt, locale)}
                      </>
                    )}
                    {m.lastError && (
                      <>
                        <br />
                        <span className="text-red-800">
                          {t("error")}: <code dir="ltr">{m.lastError}</code>
                        </span>
                      </>
                    )}
                    {m.status === "FAILED" && (
                      <>
                        <br />
                        {t("nextAttempt", { at: formatGenevaDateTime(m.nextAttemptAt, locale) })}
                      </>
                    )}
                  </td>
                  <td className="p-2">{m.attempts}</td>
                  <td className="p-2">
                    <AdminForm
                      id={`resend-${m.id}`}
                      inline
                      action={resendMailAction.bind(null, locale, m.id)}
                      fields={[]}
                      submitLabel={t("resendTo", { to: m.to })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label={t("pages")}
        page={outbox.page}
        pages={outbox.pages}
        previous={t("newer")}
        next={t("older")}
        position={t("pageOf", { page: outbox.page, pages: outbox.pages })}
        href={(page) => `/${locale}/admin/mail${queryString({ status: filter.status, to: filter.to, page: String(page) })}`}
      />
    </section>
  );
}
