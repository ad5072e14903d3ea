import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommandButton } from "@/components/forms/command-button";
import { requireSecretariat } from "@/lib/auth/session";
import { localizeText } from "@/lib/i18n/localized";
import { nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { markStatementAction, publishStatementAction } from "@/lib/policy-statements/actions";
import { canMarkStatement, canPublishStatement } from "@/lib/policy-statements/policy";
import { listStatementEditions, listStatementsInProtocolOrder } from "@/lib/policy-statements/queries";
import { countWords } from "@/lib/text/words";
import { formatGenevaDateTime } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export const metadata: Metadata = { robots: { index: false } };

export default async function PolicyStatementsAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/policy-statements">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/policy-statements`);
  const t = await getTranslations({ locale, namespace: "PolicyStatementsAdmin" });
  const label = await enumLabeller(locale);
  const editions = await listStatementEditions(secretariat);
  const requested = (await searchParams).edition;
  const edition = editions.find((e) => e.id === requested) ?? editions[0];
  const statements = edition ? await listStatementsInProtocolOrder(secretariat, edition.id) : [];

  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {editions.length > 1 && (
        <nav aria-label={t("edition")} className="flex gap-3">
          {editions.map((e) => (
            <a
              key={e.id}
              href={`/${locale}/admin/policy-statements?edition=${e.id}`}
              aria-current={e.id === edition?.id ? "page" : undefined}
              className="underline"
            >
              {e.year}
            </a>
          ))}
        </nav>
      )}
      {statements.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="min-w-full text-sm">
            <caption className="sr-only">
              {t("title")} {edition?.year}
            </caption>
            <thead>
              <tr className="border-b border-zinc-300">
                {[t("order"), t("memberState"), t("speaker"), t("category"), t("language"), t("requestedAt"), t("content"), t("status"), ""].map((h, i) => (
                  <th key={i} scope="col" className="px-2 py-1 text-start">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {statements.map((s, i) => (
                <tr key={s.id} className="border-b border-zinc-200 align-top">
                  <td className="px-2 py-2">{i + 1}</td>
                  <th scope="row" className="px-2 py-2 text-start font-medium">
                    {localizeText(s.memberState.name, locale)}
                  </th>
                  <td className="px-2 py-2" dir="auto">
                    {s.speakerName}
                    <br />
                    {s.speakerTitle}
                  </td>
                  <td className="px-2 py-2">{label("ProtocolCategory", s.protocolCategory)}</td>
                  <td className="px-2 py-2">
                    {nativeNames[s.language]} · {t("timeLimit", { minutes: s.timeLimitMinutes })}
                  </td>
                  <td className="px-2 py-2">{formatGenevaDateTime(s.requestedAt, locale)}</td>
                  <td className="px-2 py-2">
                    {s.text && (
                      <details>
                        <summary>{t("text", { words: countWords(s.text) })}</summary>
                        <p lang={s.language} dir="auto" className="whitespace-pre-wrap">
                          {s.text}
                        </p>
                      </details>
                    )}
                    {s.file && (
                      <a href={`/${locale}/policy-statements/${s.id}/file`} className="underline">
                        {t("file", { size: Math.ceil(s.file.size / 1024) })}
                      </a>
                    )}
                    {!s.text && !s.file && t("noContent")}
                  </td>
                  <td className="px-2 py-2">
                    {label("PolicyStatementStatus", s.status)}
                    {s.publishedAt && <> · {t("published")}</>}
                  </td>
                  <td className="px-2 py-2">
                    <div className="flex flex-col gap-2">
                      {canMarkStatement(s.status, "SCHEDULED") && (
                        <CommandButton
                          action={markStatementAction.bind(null, locale, s.id)}
                          hidden={{ status: "SCHEDULED" }}
                          label={t("markScheduled")}
                          className="flex flex-col items-start gap-1 text-sm"
                        />
                      )}
                      {canMarkStatement(s.status, "DELIVERED") && (
                        <CommandButton
                          action={markStatementAction.bind(null, locale, s.id)}
                          hidden={{ status: "DELIVERED" }}
                          label={t("markDelivered")}
                          className="flex flex-col items-start gap-1 text-sm"
                        />
                      )}
                      {canPublishStatement({ ...s, hasContent: !!s.text || !!s.file }) && (
                        <CommandButton
                          action={publishStatementAction.bind(null, locale, s.id)}
                          label={t("publish")}
                          className="flex flex-col items-start gap-1 text-sm"
                        />
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
