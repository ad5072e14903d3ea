import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import type { ForumRegistrationStatus } from "@/lib/generated/prisma/enums";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { asLocale } from "@/lib/i18n/params";
import { formatList } from "@/lib/i18n/lists";
import { Link } from "@/lib/i18n/navigation";
import { getDashboard, type CountGroup } from "@/lib/statistics/dashboard";
import { formatDeadline } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin`);
  const query = stringParams(await searchParams);
  const [t, tk, tr, enumName, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "AdminDashboard" }),
    getTranslations({ locale, namespace: "AdminMail.deadlineKind" }),
    getTranslations({ locale, namespace: "AdminReview" }),
    enumLabeller(locale),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  if (!edition) return <h1 className="text-3xl font-bold">{t("title")}</h1>;
  const now = new Date();
  const d = await getDashboard(secretariat, edition.id, now);
  const statusLabel = (key: string) =>
    t.has(`status.${key}` as never) ? t(`status.${key}` as never) : tr.has(`statuses.${key}` as never) ? tr(`statuses.${key}` as never) : key;
  const card = (id: string, title: string, g: CountGroup, href?: string, label: (key: string) => string = statusLabel) => (
    <section key={id} aria-labelledby={id} className="flex flex-col gap-2 rounded border border-zinc-300 p-4">
      <h3 id={id} className="text-lg font-semibold">
        {href ? (
          <Link href={href} className="text-un-blue-dark underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </h3>
      <p className="text-2xl font-bold tabular-nums">{g.total}</p>
      <p className="text-sm">{t("sinceYesterday", { count: g.sinceYesterday })}</p>
      {g.total > 0 && (
        <ul className="text-sm">
          {Object.entries(g.byStatus)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, n]) => (
              <li key={k}>
                {label(k)}: <span className="tabular-nums">{n}</span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <EditionPicker locale={locale} editions={editions} current={edition.year} />
      <section aria-labelledby="open-now" className="flex flex-col gap-2">
        <h2 id="open-now" className="text-2xl font-semibold">
          {t("openNow")}
        </h2>
        {d.open.length === 0 ? (
          <p>{t("nothingOpen")}</p>
        ) : (
          <ul className="list-disc ps-6">
            {d.open.map((w) => (
              <li key={w.id}>
                {t("openUntil", { what: tk(w.kind), at: formatDeadline(w.closesAt, locale).text })}
                {w.indicative ? ` (${t("indicative")})` : ""}
              </li>
            ))}
          </ul>
        )}
        {d.nextToClose && (
          <p className="rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {t("closesNext", { what: tk(d.nextToClose.kind), at: formatDeadline(d.nextToClose.closesAt, locale).text })}
          </p>
        )}
        {d.upcoming.length > 0 && (
          <p>
            {t("opensSoon", {
              list: formatList(
                d.upcoming.map((u) => tk(u.kind)),
                locale,
              ),
            })}
          </p>
        )}
        {d.failedMail > 0 && (
          <p role="alert" className="text-red-800">
            <Link href="/admin/mail?status=FAILED" className="underline">
              {t("failedMail", { count: d.failedMail })}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="counts" className="flex flex-col gap-3">
        <h2 id="counts" className="text-2xl font-semibold">
          {t("counts")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {card("c-invitations", t("invitations"), d.invitations, "/admin/invitations")}
          {card("c-confirmations", t("confirmations"), d.confirmations, "/admin/confirmations")}
          {card("c-contributions", t("contributions"), d.submissions.CONTRIBUTION, `/admin/submissions?kind=CONTRIBUTION&edition=${edition.year}`)}
          {card("c-workshops", t("workshops"), d.submissions.WORKSHOP_REQUEST, `/admin/submissions?kind=WORKSHOP_REQUEST&edition=${edition.year}`)}
          {card(
            "c-nominations",
            t("nominations"),
            d.submissions.FACILITATOR_NOMINATION,
            `/admin/submissions?kind=FACILITATOR_NOMINATION&edition=${edition.year}`,
          )}
          {card("c-regional", t("regional"), d.submissions.REGIONAL_INPUT, `/admin/submissions?kind=REGIONAL_INPUT&edition=${edition.year}`)}
          {card("c-registrations", t("registrations"), d.registrations, "/admin/meetings")}
          {card("c-forum-registrations", t("forumRegistrations"), d.forumRegistrations, `/admin/registrations?edition=${edition.year}`, (k) =>
            enumName("ForumRegistrationStatus", k as ForumRegistrationStatus),
          )}
        </div>
      </section>
    </section>
  );
}
