import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { listMeetingsForUser } from "@/lib/meetings/queries";
import { getConsultationEdition } from "@/lib/submissions/queries";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function MeetingsPage({ params }: PageProps<"/[locale]/consultation/[year]/meetings">) {
  const { locale: raw, year } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/consultation/${year}/meetings`);
  const edition = /^\d{4}$/.test(year) ? await getConsultationEdition(Number(year)) : null;
  if (!edition) notFound();
  const [t, meetings] = await Promise.all([getTranslations({ locale, namespace: "Meetings" }), listMeetingsForUser(edition.id, user.id)]);
  return (
    <section className="flex flex-col gap-5">
      <p className="text-sm text-zinc-700">{localizeText(edition.title, locale)}</p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {meetings.length === 0 && <p>{t("none")}</p>}
      <ul className="flex flex-col gap-3">
        {meetings.map((m) => (
          <li key={m.id} className="rounded border border-zinc-300 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/consultation/${edition.year}/meetings/${m.id}`} className="text-un-blue-dark underline">
                {localizeText(m.title, locale)}
              </Link>
            </h2>
            <p>{formatGenevaDateTime(m.startsAt, locale)}</p>
            {m.mine && m.mine.status !== "CANCELLED" && <p className="font-medium">{t(`short.${m.mine.status}`)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
