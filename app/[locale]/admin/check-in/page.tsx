import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { RefreshEvery } from "@/components/layout/refresh-every";
import { CheckInForm } from "@/components/registrations/check-in-form";
import { ScrollTable } from "@/components/ui/table";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import { intlLocale } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { checkInAction } from "@/lib/registrations/document-actions";
import { countCheckIns, getCheckInCard } from "@/lib/registrations/check-in";
import { formatCalendarDay } from "@/lib/time/format";
import { GENEVA } from "@/lib/time/geneva";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The check-in desk at the venue (secretariat staff): camera or hand-held scanner, the last
 * badge's card for the guard to compare, and the counts per day, fresh with every scan and every 15 seconds.
 */
export default async function CheckInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/check-in`);
  const query = stringParams(await searchParams);
  const [t, editions, edition, label] = await Promise.all([
    getTranslations({ locale, namespace: "CheckIn" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
    enumLabeller(locale),
  ]);
  if (!edition) return <p>{t("noEdition")}</p>;
  const lastId = /^[\w-]{1,64}$/.test(query.last ?? "") ? query.last : undefined;
  const [card, counts] = await Promise.all([lastId ? getCheckInCard(secretariat, edition.year, lastId) : null, countCheckIns(secretariat, edition.year)]);
  const time = new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: "short", timeZone: GENEVA });
  const desk = (query.desk ?? "").slice(0, 60);
  const labels = {
    desk: t("desk"),
    deskHint: t("deskHint"),
    code: t("code"),
    codeHint: t("codeHint"),
    submit: t("submit"),
    cameraStart: t("cameraStart"),
    cameraStop: t("cameraStop"),
    cameraView: t("cameraView"),
    cameraScanning: t("cameraScanning"),
    cameraUnavailable: t("cameraUnavailable"),
  };
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <EditionPicker locale={locale} editions={editions} current={edition.year} />
      <div className="flex flex-wrap items-start gap-8">
        <CheckInForm key={lastId ?? "first"} action={checkInAction.bind(null, locale, edition.year)} desk={desk} labels={labels} />
        {card && (
          <section
            aria-labelledby="last-check-in"
            aria-live="polite"
            className={`flex gap-4 rounded border-2 p-4 ${query.outcome === "already" ? "border-amber-600 bg-amber-50" : "border-green-700 bg-green-50"}`}
          >
            {card.photo ? (
              // eslint-disable-next-line @next/next/no-img-element -- a data: URL of the stored badge photo
              <img
                src={card.photo}
                alt={t("photoOf", { name: card.fullName })}
                width={150}
                height={188}
                className="h-[188px] w-[150px] rounded border border-zinc-400 object-cover"
              />
            ) : (
              <p className="flex h-[188px] w-[150px] items-center justify-center rounded border border-dashed border-zinc-500 p-2 text-center text-sm">
                {t("noPhoto")}
              </p>
            )}
            <div className="flex flex-col gap-1">
              <h2 id="last-check-in" className="text-xl font-bold">
                {query.outcome === "already" ? t("already", { time: time.format(card.checkedInAt), desk: card.desk }) : t("recorded")}
              </h2>
              <p className="text-2xl font-semibold" dir="auto">
                {card.fullName}
              </p>
              {card.organisation && <p dir="auto">{card.organisation}</p>}
              <p>{label("BadgeCategory", card.category)}</p>
            </div>
          </section>
        )}
      </div>
      <section aria-labelledby="counts" className="flex flex-col gap-2">
        {/* every desk's check-ins: the counts follow the other desks too */}
        <RefreshEvery seconds={15} />
        <h2 id="counts" className="text-2xl font-semibold">
          {t("counts")}
        </h2>
        <p>{t("expected", { count: counts.expected })}</p>
        {counts.days.length === 0 ? (
          <p>{t("noneYet")}</p>
        ) : (
          <ScrollTable columns={[t("day"), { label: t("count"), end: true }]}>
            {counts.days.map((d) => (
              <tr key={d.day.toISOString()} className="border-b border-zinc-200">
                <td className="p-2">{formatCalendarDay(d.day, locale)}</td>
                <td className="p-2 text-end tabular-nums">{d.count}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
    </section>
  );
}
