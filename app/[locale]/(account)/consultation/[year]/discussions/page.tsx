import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { requireUser } from "@/lib/auth/session";
import { listTopics } from "@/lib/discussions/queries";
import { Link } from "@/lib/i18n/navigation";
import { localize, localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { getConsultationEdition } from "@/lib/submissions/queries";

export const metadata: Metadata = { robots: { index: false } };

export default async function DiscussionsPage({ params }: PageProps<"/[locale]/consultation/[year]/discussions">) {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  await requireUser(locale, `/${locale}/consultation/${year}/discussions`);
  const edition = /^\d{4}$/.test(year) ? await getConsultationEdition(Number(year)) : null;
  if (!edition) notFound();
  const [t, tc, topics] = await Promise.all([
    getTranslations({ locale, namespace: "Discussions" }),
    getTranslations({ locale, namespace: "Common" }),
    listTopics(edition.id),
  ]);
  return (
    <section className="flex flex-col gap-5">
      <p className="text-sm text-zinc-700">{localizeText(edition.title, locale)}</p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {topics.length === 0 && <p>{t("noTopics")}</p>}
      <ul className="flex flex-col gap-3">
        {topics.map((topic) => (
          <li key={topic.id} className="rounded border border-zinc-300 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/consultation/${edition.year}/discussions/${topic.id}`} className="text-un-blue-dark underline">
                <LocalizedText value={localize(topic.title, locale)} locale={locale} fallbackLabel={tc("englishFallback")} />
              </Link>
            </h2>
            <p className="text-sm">
              {t("postCount", { count: topic._count.posts })}
              {topic.closedAt ? ` · ${t("closed")}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
