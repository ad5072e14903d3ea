import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { ReviewDetails } from "@/components/reviews/review-details";
import { StatusBadge } from "@/components/ui/status-badge";
import { auditActionLabeller } from "@/lib/audit/labels";
import { requireSecretariat } from "@/lib/auth/session";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { addInternalNoteAction, assignReviewerAction, decideAction, scoreSubmissionAction } from "@/lib/reviews/actions";
import { canDecide } from "@/lib/reviews/policy";
import { getSubmissionForReview, listReviewers } from "@/lib/reviews/queries";
import { criteria, decisionOutcomes } from "@/lib/reviews/schemas";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function ReviewSubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale: rawLocale, id } = await params;
  const decided = (await searchParams).notice === "decided";
  const locale = asLocale(rawLocale);
  setRequestLocale(locale);
  const me = await requireSecretariat(locale, `/${locale}/admin/submissions/${id}`);
  const [s, reviewers, t, label] = await Promise.all([
    getSubmissionForReview(me, id, locale),
    listReviewers(me),
    getTranslations({ locale, namespace: "AdminReview" }),
    enumLabeller(locale),
  ]);
  const auditLabel = await auditActionLabeller(locale);
  if (!s) notFound();
  const mine = s.reviews.find((r) => r.reviewer.id === me.id);
  const scoreOptions = [{ value: "", label: t("notScored") }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];
  const assigned = new Set(s.reviews.map((r) => r.reviewer.id));
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p>
          <Link href={`/admin/submissions?edition=${s.edition.year}`} className="text-un-blue-dark underline">
            {t("backToQueue")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold" lang={s.language} dir="auto">
          {s.title}
        </h1>
        <p>
          <span className="font-mono" dir="ltr">
            {s.reference}
          </span>{" "}
          · {label("SubmissionKind", s.kind)} · <StatusBadge locale={locale} of="SubmissionStatus" status={s.status} />
        </p>
        {s.revisionDueAt && <p>{t("revisionsDue", { at: formatGenevaDateTime(s.revisionDueAt, locale) })}</p>}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("author")}</dt>
          <dd>
            {s.author.name} (<span dir="ltr">{s.author.email}</span>)
          </dd>
          <dt className="font-semibold">{t("organisation")}</dt>
          <dd>{s.organisation?.name ?? "—"}</dd>
          <dt className="font-semibold">{t("country")}</dt>
          <dd>{s.country ? `${localizeText(s.country.name, locale)} (${localizeText(s.country.region.name, locale)})` : "—"}</dd>
          <dt className="font-semibold">{t("actionLine")}</dt>
          <dd>
            {s.actionLines.length ? (
              <ul>
                {s.actionLines.map((a) => (
                  <li key={a.code}>
                    <span dir="ltr">{a.code}</span> — {a.title}
                  </li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </dd>
          <dt className="font-semibold">{t("sdg")}</dt>
          <dd>
            {s.sdgs.length ? (
              <ul>
                {s.sdgs.map((g) => (
                  <li key={g.number}>
                    {t("sdgNumber", { number: g.number })}: {g.title}
                  </li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </dd>
          <dt className="font-semibold">{t("submitted")}</dt>
          <dd>{s.submittedAt ? formatGenevaDateTime(s.submittedAt, locale) : "—"}</dd>
          {s.mergedInto && (
            <>
              <dt className="font-semibold">{t("mergedInto")}</dt>
              <dd>
                <Link className="underline" href={`/admin/submissions/${s.mergedInto.id}`}>
                  {s.mergedInto.reference}
                </Link>
              </dd>
            </>
          )}
          {s.duplicateOf && (
            <>
              <dt className="font-semibold">{t("duplicateOf")}</dt>
              <dd>
                <Link className="underline" href={`/admin/submissions/${s.duplicateOf.id}`}>
                  {s.duplicateOf.reference}
                </Link>
              </dd>
            </>
          )}
          {s.mergedFrom.length > 0 && (
            <>
              <dt className="font-semibold">{t("mergedFrom")}</dt>
              <dd>
                {s.mergedFrom.map((m) => (
                  <Link key={m.id} className="me-2 underline" href={`/admin/submissions/${m.id}`}>
                    {m.reference}
                  </Link>
                ))}
              </dd>
            </>
          )}
        </dl>
      </header>

      <section aria-labelledby="content" className="flex flex-col gap-2">
        <h2 id="content" className="text-2xl font-semibold">
          {t("content")}
        </h2>
        <div lang={s.language} dir="auto" className="flex flex-col gap-2">
          {s.summary && <p className="font-medium whitespace-pre-line">{s.summary}</p>}
          {s.body && <p className="whitespace-pre-line">{s.body}</p>}
        </div>
        <ReviewDetails s={s} locale={locale} />
      </section>

      <section aria-labelledby="decide" className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
        <h2 id="decide" className="text-2xl font-semibold">
          {t("decision")}
        </h2>
        {decided && (
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {t("done.decided")}
          </p>
        )}
        {canDecide(s.status) ? (
          <AdminForm
            id="decision"
            action={decideAction.bind(null, locale, s.id)}
            submitLabel={t("decide")}
            fields={[
              {
                kind: "select",
                name: "outcome",
                label: t("outcome"),
                options: decisionOutcomes.map((o) => ({ value: o, label: label("DecisionOutcome", o) })),
              },
              { kind: "datetime-local", name: "revisionDueAt", label: t("revisionDueAt"), hint: t("revisionDueHint") },
              { kind: "text", name: "target", label: t("target"), hint: t("targetHint"), dir: "ltr" },
              { kind: "textarea", name: "message", label: t("message"), hint: t("messageHint"), rows: 4 },
            ]}
          />
        ) : (
          <p>{t("notDecidable")}</p>
        )}
      </section>

      <section aria-labelledby="scores" className="flex flex-col gap-3">
        <h2 id="scores" className="text-2xl font-semibold">
          {t("scoresTitle")}
        </h2>
        {s.reviews.length > 0 && (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("scoresTitle")}</caption>
            <thead>
              <tr className="border-b border-zinc-400">
                <th scope="col" className="p-1 text-start">
                  {t("reviewer")}
                </th>
                {criteria.map((c) => (
                  <th key={c} scope="col" className="p-1 text-start">
                    {t(`criteria.${c}`)}
                  </th>
                ))}
                <th scope="col" className="p-1 text-start">
                  {t("comment")}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.reviews.map((r) => (
                <tr key={r.id} className="border-b border-zinc-200">
                  <th scope="row" className="p-1 text-start font-normal" dir="ltr">
                    {r.reviewer.email}
                  </th>
                  {criteria.map((c) => (
                    <td key={c} className="p-1">
                      {r[c] ?? "—"}
                    </td>
                  ))}
                  <td className="p-1">{r.comment ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <AdminForm
          id="score"
          action={scoreSubmissionAction.bind(null, locale, s.id)}
          submitLabel={t("saveScores")}
          fields={[
            ...criteria.map((c) => ({
              kind: "select" as const,
              name: c,
              label: t(`criteria.${c}`),
              options: scoreOptions,
              defaultValue: mine?.[c] ? String(mine[c]) : "",
            })),
            { kind: "textarea", name: "comment", label: t("comment"), defaultValue: mine?.comment ?? "", rows: 2 },
          ]}
        />
        <AdminForm
          id="assign"
          inline
          action={assignReviewerAction.bind(null, locale, s.id)}
          submitLabel={t("assign")}
          fields={[
            {
              kind: "select",
              name: "reviewerId",
              label: t("assignReviewer"),
              options: reviewers.filter((r) => !assigned.has(r.id)).map((r) => ({ value: r.id, label: r.name ? `${r.name} <${r.email}>` : r.email })),
            },
          ]}
        />
      </section>

      <section aria-labelledby="notes" className="flex flex-col gap-3">
        <h2 id="notes" className="text-2xl font-semibold">
          {t("notesTitle")}
        </h2>
        <p className="text-sm">{t("notesHint")}</p>
        <ul className="flex flex-col gap-2">
          {s.notes.map((n) => (
            <li key={n.id} className="rounded bg-zinc-50 p-2">
              <p className="text-xs text-zinc-700">
                <span dir="ltr">{n.author.email}</span>, {formatGenevaDateTime(n.createdAt, locale)}
              </p>
              <p className="whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ul>
        <AdminForm
          id="note"
          action={addInternalNoteAction.bind(null, locale, s.id)}
          submitLabel={t("addNote")}
          fields={[{ kind: "textarea", name: "body", label: t("note"), required: true, rows: 3 }]}
        />
      </section>

      <section aria-labelledby="history" className="flex flex-col gap-3">
        <h2 id="history" className="text-2xl font-semibold">
          {t("history")}
        </h2>
        <ol className="flex flex-col gap-1 text-sm">
          {s.decisions.map((d) => (
            <li key={d.id}>
              {formatGenevaDateTime(d.createdAt, locale)} — {label("DecisionOutcome", d.outcome)} (<span dir="ltr">{d.decidedBy.email}</span>)
              {d.revisionDueAt ? `, ${t("revisionsDue", { at: formatGenevaDateTime(d.revisionDueAt, locale) })}` : ""}
              {d.messageToSubmitter ? (
                <>
                  <br />
                  <q>{d.messageToSubmitter}</q>
                </>
              ) : null}
            </li>
          ))}
          {s.history.map((h) => (
            <li key={h.id}>
              {formatGenevaDateTime(h.at, locale)} — {auditLabel(h.action)}
              {h.actor ? (
                <>
                  {" "}
                  (<span dir="ltr">{h.actor}</span>)
                </>
              ) : null}
            </li>
          ))}
          {s.submittedAt && (
            <li>
              {formatGenevaDateTime(s.submittedAt, locale)} — {t("submittedEvent")}
            </li>
          )}
        </ol>
      </section>
    </article>
  );
}
