import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { registrationHref } from "@/lib/forums/links";
import { parseYear } from "@/lib/forums/queries";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { getOwnBadge, type VisaLetterSummary } from "@/lib/registrations/badge";

export const metadata: Metadata = { robots: { index: false } };

/** The participant's e-badge (photo, name, organisation, category, QR code) or, remote, the connection details. */
export default async function BadgePage({ params }: PageProps<"/[locale]/registration/[year]/badge">) {
  const p = await params;
  const locale = asLocale(p.locale);
  setRequestLocale(locale);
  const year = parseYear(p.year);
  if (!year) notFound();
  const user = await requireUser(locale, `/${locale}${registrationHref(year)}/badge`);
  const [t, badge] = await Promise.all([getTranslations({ locale, namespace: "Badge" }), getOwnBadge(user, year, locale)]);
  const back = (
    <p>
      <Link href={registrationHref(year)} className="underline">
        {t("back")}
      </Link>
    </p>
  );
  if (badge.kind === "none" || badge.kind === "pending") {
    return (
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("title", { event: String(year) })}</h1>
        <p>{badge.kind === "none" ? t("noRegistration") : t("notAccredited")}</p>
        {badge.kind === "pending" && <VisaLetter locale={locale} year={year} letter={badge.visaLetter} />}
        {back}
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title", { event: badge.eventTitle })}</h1>
      {badge.kind === "remote" ? (
        <section aria-labelledby="remote" className="flex flex-col gap-2">
          <h2 id="remote" className="text-2xl font-semibold">
            {t("remoteTitle")}
          </h2>
          {badge.connectionDetails ? (
            <>
              <p>{t("remoteIntro")}</p>
              <p className="whitespace-pre-line rounded border border-zinc-300 p-3" dir="auto">
                {badge.connectionDetails}
              </p>
            </>
          ) : (
            <p>{t("remoteLater")}</p>
          )}
        </section>
      ) : (
        <>
          <p className="max-w-3xl">{t("intro")}</p>
          <figure className="flex w-full max-w-sm flex-col items-center gap-3 rounded-lg border-2 border-un-blue-dark p-5 text-center">
            {badge.photo ? (
              // eslint-disable-next-line @next/next/no-img-element -- a data: URL of the stored badge photo
              <img src={badge.photo} alt={t("photoAlt")} width={120} height={150} className="h-[150px] w-[120px] rounded border border-zinc-400 object-cover" />
            ) : (
              <p className="text-sm">{t("noPhoto")}</p>
            )}
            <figcaption className="flex flex-col gap-1">
              <span className="text-2xl font-bold" dir="auto">
                {badge.fullName}
              </span>
              {badge.organisation && (
                <span dir="auto">
                  <span className="sr-only">{t("organisation")}: </span>
                  {badge.organisation}
                </span>
              )}
              <span className="font-semibold">
                <span className="sr-only">{t("category")}: </span>
                {badge.category}
              </span>
            </figcaption>
            {/* eslint-disable-next-line @next/next/no-img-element -- an SVG QR code made on the server, as a data: URL */}
            <img src={badge.qr} alt={t("qrAlt")} width={200} height={200} className="h-[200px] w-[200px]" />
            <p className="text-xs">
              <span className="sr-only">{t("code")}: </span>
              <code dir="ltr" className="break-all" data-testid="badge-token">
                {badge.token}
              </code>
            </p>
          </figure>
          <p>
            <a href={`/${locale}${registrationHref(year)}/badge.pdf`} className="font-semibold underline">
              {t("download")}
            </a>
          </p>
        </>
      )}
      <VisaLetter locale={locale} year={year} letter={badge.visaLetter} />
      {back}
    </section>
  );
}

async function VisaLetter({ locale, year, letter }: { locale: ReturnType<typeof asLocale>; year: number; letter: VisaLetterSummary | null }) {
  if (!letter) return null;
  const t = await getTranslations({ locale, namespace: "Badge" });
  return (
    <section aria-labelledby="visa-letter" className="flex flex-col gap-2">
      <h2 id="visa-letter" className="text-2xl font-semibold">
        {t("visaTitle")}
      </h2>
      {letter.erased ? (
        <p>{t("visaErased")}</p>
      ) : letter.status === "APPROVED" ? (
        <>
          <p>{t("visaApproved", { reference: letter.referenceNumber ?? "" })}</p>
          <p>
            <a href={`/${locale}${registrationHref(year)}/visa-letter.pdf`} className="font-semibold underline">
              {t("visaDownload")}
            </a>
          </p>
        </>
      ) : letter.status === "REJECTED" ? (
        <p dir="auto">{t("visaRejected", { reason: letter.reason ?? "" })}</p>
      ) : (
        <p>{t("visaRequested")}</p>
      )}
    </section>
  );
}
