import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { listInvitationsForEmail } from "@/lib/invitations/queries";
import { listPublishedStatements } from "@/lib/policy-statements/queries";
import { formatDeadline } from "@/lib/time/format";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export async function generateMetadata({ params }: PageProps<"/[locale]/policy-statements">): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "PolicyStatementsPage" });
  return { title: t("title") };
}

/**
 * The page the invitation letter names for online replies: an invited delegate (signed in with
 * the invited address) finds their invitations here; visitors learn how to get access; published
 * statements are listed for everyone.
 */
export default async function PolicyStatementsPage({ params }: PageProps<"/[locale]/policy-statements">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "PolicyStatementsPage" });
  const label = await enumLabeller(locale);
  const user = await getCurrentUser();
  const [invitations, published] = await Promise.all([user ? listInvitationsForEmail(user.email) : Promise.resolve([]), listPublishedStatements()]);

  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>

      {user ? (
        <section aria-labelledby="mine" className="flex flex-col gap-3">
          <h2 id="mine" className="text-2xl font-semibold">
            {t("yourInvitations")}
          </h2>
          {invitations.length === 0 ? (
            <p>{t("noInvitation", { email: user.email })}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {invitations.map((inv) => (
                <li key={inv.id} className="rounded border border-zinc-300 p-4">
                  <h3 className="text-lg font-semibold">
                    {t("invitationLine", { symbol: inv.campaign.symbol, memberState: localizeText(inv.memberState.name, locale) })}
                  </h3>
                  <p className="text-sm">
                    {t("deadlines", { reply: formatDeadline(inv.closesAt, locale).text, statement: formatDeadline(inv.statementClosesAt, locale).text })}
                  </p>
                  <div className="mt-2 flex flex-wrap gap-4">
                    <Link href={`/invitations/${inv.id}`} className="text-un-blue-dark underline">
                      {t("reply")}
                    </Link>
                    {inv.status === "CONFIRMED" && (
                      <Link href={`/invitations/${inv.id}/policy-statement`} className="text-un-blue-dark underline">
                        {t("statement")}
                      </Link>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <section aria-labelledby="how" className="flex flex-col gap-3">
          <h2 id="how" className="text-2xl font-semibold">
            {t("howTitle")}
          </h2>
          <p className="max-w-prose">{t("how")}</p>
          <Link
            href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/policy-statements` } }}
            className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue"
          >
            {t("signIn")}
          </Link>
        </section>
      )}

      <section aria-labelledby="published" className="flex flex-col gap-3">
        <h2 id="published" className="text-2xl font-semibold">
          {t("published")}
        </h2>
        {published.length === 0 ? (
          <p>{t("noneYet")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {published.map((s) => {
              const memberState = localizeText(s.memberState.name, locale);
              return (
                <li key={s.id} className="rounded border border-zinc-300 p-4">
                  <h3 className="text-lg font-semibold">
                    {memberState} <span className="font-normal">({s.edition.year})</span>
                  </h3>
                  <p dir="auto">
                    {t("deliveredBy", { speaker: s.speakerName, title: s.speakerTitle })} · {label("ProtocolCategory", s.protocolCategory)} ·{" "}
                    {nativeNames[s.language]}
                  </p>
                  {s.text && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-un-blue-dark underline">{t("readText")}</summary>
                      <p lang={s.language} dir="auto" className="mt-2 whitespace-pre-wrap">
                        {s.text}
                      </p>
                    </details>
                  )}
                  {s.file && (
                    <a href={`/${locale}/policy-statements/${s.id}/file`} className="text-un-blue-dark underline">
                      {t("download")}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
