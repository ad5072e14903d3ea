import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { stringParams } from "@/components/admin/query";
import { RosterTable } from "@/components/registrations/roster-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { decideAsFocalPointAction } from "@/lib/registrations/focal-point-actions";
import { getFocalPointQueue } from "@/lib/registrations/focal-point-queue";
import { formatGenevaDay } from "@/lib/time/format";
import { nameWithHonorific } from "@/lib/registrations/display-name";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The focal point's own queue: the members of their Member State's delegation who registered for
 * the Forum, to accredit or reject, and the confirmed roster with who has registered. Only the
 * delegations this user accredits for are read (lib/registrations/focal-point-queue.ts).
 */
export default async function FocalPointPage({ params, searchParams }: PageProps<"/[locale]/focal-point">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/focal-point`);
  const { decided } = stringParams(await searchParams);
  const [t, label, groups] = await Promise.all([
    getTranslations({ locale, namespace: "FocalPointQueue" }),
    enumLabeller(locale),
    getFocalPointQueue(user, locale),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {(decided === "ACCREDITED" || decided === "REJECTED") && (
        <p role="status" className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-950">
          {t(decided === "ACCREDITED" ? "accredited" : "rejected")}
        </p>
      )}
      {groups.length === 0 && <p>{t("none")}</p>}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`group-${g.key}`} className="flex flex-col gap-4 rounded border border-zinc-300 p-4">
          <h2 id={`group-${g.key}`} className="text-2xl font-semibold">
            {t("groupTitle", { memberState: g.memberState.name, edition: g.edition.title })}
          </h2>

          <h3 className="text-xl font-semibold">{t("waitingTitle", { count: g.waiting.length })}</h3>
          {g.waiting.length === 0 ? (
            <p>{t("nothingWaiting")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {g.waiting.map((r) => {
                const name = nameWithHonorific(r.honorific, label("Honorific", r.honorific), `${r.givenNames} ${r.familyName}`, locale);
                return (
                  <li key={r.id} className="flex flex-col gap-2 rounded border border-zinc-200 p-3" aria-labelledby={`reg-${r.id}`}>
                    <h4 id={`reg-${r.id}`} className="text-lg font-semibold" dir="auto">
                      {name}
                    </h4>
                    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="font-medium">{t("jobTitle")}</dt>
                      <dd dir="auto">{r.jobTitle ?? "—"}</dd>
                      <dt className="font-medium">{t("organisation")}</dt>
                      <dd dir="auto">{r.organisation?.name ?? "—"}</dd>
                      <dt className="font-medium">{t("email")}</dt>
                      <dd dir="ltr" className="text-start">
                        {r.user.email}
                      </dd>
                      <dt className="font-medium">{t("attendance")}</dt>
                      <dd>{label("Attendance", r.attendance)}</dd>
                      <dt className="font-medium">{t("submitted")}</dt>
                      <dd>{formatGenevaDay(r.submittedAt, locale)}</dd>
                      <dt className="font-medium">{t("status")}</dt>
                      <dd>
                        <StatusBadge locale={locale} of="ForumRegistrationStatus" status={r.status} />
                      </dd>
                    </dl>
                    <AdminForm
                      id={`decide-${r.id}`}
                      action={decideAsFocalPointAction.bind(null, locale, r.id)}
                      submitLabel={t("decide", { name })}
                      fields={[
                        {
                          kind: "select",
                          name: "decision",
                          label: t("decision"),
                          required: true,
                          placeholder: t("choose"),
                          options: [
                            { value: "ACCREDIT", label: t("accredit") },
                            { value: "REJECT", label: t("reject") },
                          ],
                        },
                        { kind: "textarea", name: "reason", label: t("reason"), hint: t("reasonHint"), rows: 2 },
                      ]}
                    />
                  </li>
                );
              })}
            </ul>
          )}

          <RosterTable locale={locale} memberState={g.memberState.name} roster={g.roster} />

          {g.decided.length > 0 && (
            <>
              <h3 className="text-xl font-semibold">{t("decidedTitle")}</h3>
              <ul className="list-disc ps-6">
                {g.decided.map((r) => (
                  <li key={r.id}>
                    <span dir="auto">
                      {r.givenNames} {r.familyName}
                    </span>
                    : <StatusBadge locale={locale} of="ForumRegistrationStatus" status={r.status} />
                    {r.statusReason && (
                      <>
                        {" "}
                        — <span dir="auto">{r.statusReason}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </section>
  );
}
