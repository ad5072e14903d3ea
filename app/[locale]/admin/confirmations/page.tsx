import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireSecretariat } from "@/lib/auth/session";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import type { AnswerCounts, DelegationFigures } from "@/lib/invitations/dashboard";
import { getCampaignDashboard, listCampaigns } from "@/lib/invitations/queries";

export const metadata: Metadata = { robots: { index: false } };

export default async function ConfirmationsPage({ params, searchParams }: PageProps<"/[locale]/admin/confirmations">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/confirmations`);
  const t = await getTranslations({ locale, namespace: "ConfirmationsDashboard" });
  const campaigns = await listCampaigns(secretariat);
  const requested = (await searchParams).campaign;
  const campaign = campaigns.find((c) => c.id === requested) ?? campaigns[0];
  if (!campaign) {
    return (
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("noCampaign")}</p>
      </section>
    );
  }
  const { dashboard, regionNames } = await getCampaignDashboard(secretariat, campaign.id);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const cells = (c: AnswerCounts & DelegationFigures) => [
    c.invited,
    c.confirmed,
    c.declined,
    c.noAnswer,
    c.delegates,
    c.women,
    percent.format(c.womenShare),
    c.delegationsWithWoman,
  ];
  const { total } = dashboard;

  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <div className="flex flex-col gap-1">
          <label htmlFor="campaign" className="font-medium">
            {t("campaign")}
          </label>
          <select id="campaign" name="campaign" defaultValue={campaign.id} className="rounded border border-zinc-500 bg-white px-3 py-2">
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.symbol} ({c.edition.year})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold">
          {t("show")}
        </button>
        <a href={`/${locale}/admin/confirmations/export?campaign=${campaign.id}`} className="self-center text-un-blue-dark underline">
          {t("export")}
        </a>
      </form>

      <div className="overflow-x-auto" tabIndex={0}>
        <table className="min-w-full text-sm">
          <caption className="text-start text-lg font-semibold">
            {t("tableCaption")}: {campaign.symbol}
          </caption>
          <thead>
            <tr className="border-b border-zinc-300">
              {[t("region"), t("invited"), t("confirmed"), t("declined"), t("noAnswer"), t("delegates"), t("women"), t("womenShare"), t("withWoman")].map(
                (h) => (
                  <th key={h} scope="col" className="px-2 py-1 text-start">
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {dashboard.byRegion.map((r) => (
              <tr key={r.regionCode} className="border-b border-zinc-200">
                <th scope="row" className="px-2 py-1 text-start font-medium">
                  {localizeText(regionNames.get(r.regionCode), locale) || r.regionCode}
                </th>
                {cells(r.counts).map((v, i) => (
                  <td key={i} className="px-2 py-1">
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-zinc-400 font-semibold" data-testid="dashboard-total">
              <th scope="row" className="px-2 py-1 text-start">
                {t("total")}
              </th>
              {cells(total).map((v, i) => (
                <td key={i} className="px-2 py-1">
                  {v}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <section aria-labelledby="sizes" className="flex flex-col gap-2">
        <h2 id="sizes" className="text-2xl font-semibold">
          {t("sizes")}
        </h2>
        <p>
          {t("sizesText", { delegations: total.delegations, average: decimal.format(total.averageSize), smallest: total.smallest, largest: total.largest })}
        </p>
        <p data-testid="women-summary">
          {t("womenText", {
            women: total.women,
            delegates: total.delegates,
            share: percent.format(total.womenShare),
            withWoman: total.delegationsWithWoman,
            delegations: total.delegations,
          })}
        </p>
      </section>
    </section>
  );
}
