import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { TableHead } from "@/components/admin/table";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { datasetKeys, passportDatasets } from "@/lib/exports/datasets";
import { asLocale } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function ExportsPage({ params, searchParams }: PageProps<"/[locale]/admin/exports">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/exports`);
  const query = stringParams(await searchParams);
  const [t, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "AdminExports" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <EditionPicker locale={locale} editions={editions} current={edition?.year} />
      {edition && (
        <table className="w-full max-w-3xl border-collapse text-sm">
          <caption className="text-start text-lg font-semibold">{t("caption", { edition: edition.title })}</caption>
          <TableHead columns={[t("dataset"), t("download")]} />
          <tbody>
            {datasetKeys.map((key) => (
              <tr key={key} className="border-b border-zinc-200">
                <th scope="row" className="p-2 text-start font-normal">
                  {t(`datasets.${key}`)}
                </th>
                <td className="flex gap-4 p-2">
                  {(["csv", "xlsx"] as const).map((format) => (
                    <a
                      key={format}
                      download
                      className="text-un-blue-dark underline"
                      href={`/${locale}/admin/exports/${key}?edition=${edition.year}&format=${format}`}
                    >
                      {t(format, { dataset: t(`datasets.${key}`) })}
                    </a>
                  ))}
                  {passportDatasets.includes(key) && (
                    <a download className="text-red-800 underline" href={`/${locale}/admin/exports/${key}?edition=${edition.year}&format=csv&passport=1`}>
                      {t("withPassport", { dataset: t(`datasets.${key}`) })}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
