import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddressedElsewhere, SECRETARIAT_EMAIL } from "@/components/invitations/addressed-elsewhere";
import { LetterSummary } from "@/components/invitations/letter-summary";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { isWindowOpen } from "@/lib/deadlines/policy";
import { sameEmail } from "@/lib/invitations/policy";
import { getInvitationByToken, maskEmail } from "@/lib/invitations/queries";
import { formatDeadline } from "@/lib/time/format";

// the token is in the URL: it must not travel to other sites in a Referer header, nor be indexed
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/**
 * The page the mailed link opens. It only reads: mail scanners fetch links before people click,
 * so nothing (not even "viewed") is recorded here. Replying happens on the invitation page,
 * signed in with the invited address, through separate POSTs.
 */
export default async function InvitationLinkPage({ params }: PageProps<"/[locale]/invitation/[token]">) {
  const { locale: raw, token } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const inv = await getInvitationByToken(token);
  if (!inv) notFound();
  const user = await getCurrentUser();
  const t = await getTranslations({ locale, namespace: "InvitationLink" });
  const target = `/invitations/${inv.id}`;
  const open = isWindowOpen(inv.windows.response, new Date());
  const memberState = localizeText(inv.memberState.name, locale);

  return (
    <section className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold">{t("title", { symbol: inv.campaign.symbol })}</h1>
      <LetterSummary campaign={inv.campaign} locale={locale} />
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{t("for")}</h2>
        <p dir="auto">{t("forText", { title: inv.addresseeTitle, name: inv.addresseeName, memberState })}</p>
        <p>{t("boundTo", { email: maskEmail(inv.email) })}</p>
      </div>
      {inv.status === "REVOKED" ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          {t("revoked")}
        </p>
      ) : (
        <>
          {open ? (
            <p className="font-medium">{t("deadline", { deadline: formatDeadline(inv.closesAt, locale).text })}</p>
          ) : (
            <div role="status" className="flex max-w-prose flex-col gap-2 rounded border border-amber-300 bg-amber-50 px-3 py-2">
              <p className="font-medium">{t("closedOn", { deadline: formatDeadline(inv.closesAt, locale).text })}</p>
              <p>
                {t.rich("closedContact", {
                  symbol: inv.campaign.symbol,
                  email: SECRETARIAT_EMAIL,
                  link: (chunks) => (
                    <a
                      href={`mailto:${SECRETARIAT_EMAIL}?subject=${encodeURIComponent(inv.campaign.symbol)}`}
                      className="text-un-blue-dark underline"
                      dir="ltr"
                    >
                      {chunks}
                    </a>
                  ),
                })}
              </p>
            </div>
          )}
          {user && sameEmail(user.email, inv.email) ? (
            <Link href={target} className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue">
              {t("continue")}
            </Link>
          ) : user ? (
            <>
              <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
                {t("otherAccount", { email: user.email })}
              </p>
              <AddressedElsewhere locale={locale} signInAgain={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${target}`)}`} />
            </>
          ) : !open ? null : (
            <div className="flex flex-col gap-2">
              <p className="max-w-prose text-zinc-700">{t("signInHint")}</p>
              <Link
                href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}${target}` } }}
                className="self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue"
              >
                {t("signInToContinue")}
              </Link>
            </div>
          )}
        </>
      )}
    </section>
  );
}
