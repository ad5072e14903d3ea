import { getLocale, getTranslations } from "next-intl/server";
import { AddressedElsewhere } from "@/components/invitations/addressed-elsewhere";
import { getCurrentUser } from "@/lib/auth/session";
import { asLocale } from "@/lib/i18n/params";

/**
 * An invitation page answered 404: no invitation with this address is addressed to the signed-in
 * user (it may not exist, or a colleague forwarded the link). Still a 404 and still nothing of the
 * invitation, but the user learns why and what to do instead of "page not found".
 */
export default async function InvitationNotFound() {
  const locale = asLocale(await getLocale());
  const t = await getTranslations({ locale, namespace: "InvitationElsewhere" });
  const user = await getCurrentUser();
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p role="status">{user ? t("notForYou", { email: user.email }) : t("notForYouSignedOut")}</p>
      <AddressedElsewhere locale={locale} signInAgain={`/${locale}/sign-in`} />
    </section>
  );
}
