import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { getCurrentEdition, listPublishedEditions } from "@/lib/forums/queries";
import { Link } from "@/lib/i18n/navigation";
import { asLocale } from "@/lib/i18n/params";
import { getConsultationEdition, listRegionalInputs } from "@/lib/submissions/queries";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminRegionalInputsPage({ params, searchParams }: PageProps<"/[locale]/admin/regional-inputs">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireRole("SECRETARIAT", locale, `/${locale}/admin/regional-inputs`);
  const sp = await searchParams;
  const requested = typeof sp.year === "string" && /^\d{4}$/.test(sp.year) ? Number(sp.year) : (await getCurrentEdition())?.year;
  const [t, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "ConsultationAdmin" }),
    listPublishedEditions(),
    requested ? getConsultationEdition(requested) : null,
  ]);
  const inputs = edition ? await listRegionalInputs(edition.id) : [];
  return (
    <section className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold">{t("regionalInputsTitle")}</h1>
      <p>{t("regionalInputsIntro")}</p>
      {sp.notice === "recorded" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t("recorded")}
        </p>
      )}
      <nav aria-label={t("editions")}>
        <ul className="flex flex-wrap gap-3">
          {editions.map((e) => (
            <li key={e.year}>
              <Link
                href={`/admin/regional-inputs?year=${e.year}`}
                aria-current={e.year === edition?.year ? "page" : undefined}
                className="text-un-blue-dark underline aria-[current=page]:font-bold"
              >
                {e.year}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {edition && (
        <>
          <p className="flex flex-wrap gap-4">
            <Link href={`/admin/regional-inputs/new?year=${edition.year}`} className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white">
              {t("recordNew", { year: edition.year })}
            </Link>
            <Link href={`/forums/${edition.year}/regional-inputs`} className="text-un-blue-dark underline">
              {t("publicCompilation")}
            </Link>
          </p>
          {inputs.length === 0 ? (
            <p>{t("noInputs")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {inputs.map((i) => (
                <li key={i.id} className="rounded border border-zinc-300 p-3">
                  <p className="font-semibold" dir="auto">
                    {i.title}
                  </p>
                  <p className="text-sm">
                    {i.reference} · {String(i.details.eventDate ?? "")} · {String(i.details.organiserName ?? "")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
