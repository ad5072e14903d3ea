import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireSecretariat } from "@/lib/auth/session";
import { listDeadlinesForAdmin } from "@/lib/deadlines/queries";
import { localizeText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { formatDeadline } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/** Every deadline of every edition (a letter's with its symbol), each linking to its extensions. */
export default async function DeadlinesPage({ params }: PageProps<"/[locale]/admin/deadlines">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/deadlines`);
  const [t, tk, editions] = await Promise.all([
    getTranslations({ locale, namespace: "AdminDeadlines" }),
    getTranslations({ locale, namespace: "AdminMail.deadlineKind" }),
    listDeadlinesForAdmin(secretariat),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      {editions
        .filter((e) => e.deadlines.length > 0)
        .map((e) => (
          <section key={e.id} aria-labelledby={`edition-${e.year}`} className="flex flex-col gap-2">
            <h2 id={`edition-${e.year}`} className="text-2xl font-semibold">
              {localizeText(e.title, locale)}
            </h2>
            <ul className="flex flex-col gap-1">
              {e.deadlines.map((d) => (
                <li key={d.id}>
                  <Link href={`/admin/deadlines/${d.id}`} className="text-un-blue-dark underline">
                    {tk(d.kind)}
                    {d.campaign && ` — ${d.campaign.symbol}`}
                  </Link>{" "}
                  <span className="text-sm text-zinc-700">
                    {t("closesAt", { at: formatDeadline(d.closesAt, locale).text })} · {t("extensionCount", { count: d._count.extensions })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
