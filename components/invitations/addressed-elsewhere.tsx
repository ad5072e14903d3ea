import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Locale } from "@/lib/i18n/locales";

/** The secretariat's public address, as the invitation letters give it. */
export const SECRETARIAT_EMAIL = "wsis-info@itu.int";

/**
 * What a signed-in user who is not an invitation's addressee can do (a colleague who was
 * forwarded the link, or a delegate signed in with another of their addresses). It says nothing
 * of the invitation itself.
 */
export async function AddressedElsewhere({ locale, signInAgain }: { locale: Locale; signInAgain: string }) {
  const t = await getTranslations({ locale, namespace: "InvitationElsewhere" });
  return (
    <div className="flex max-w-prose flex-col gap-3">
      <ul className="flex list-disc flex-col gap-2 ps-6">
        <li>{t("askAddressee")}</li>
        <li>
          {t.rich("writeSecretariat", {
            email: SECRETARIAT_EMAIL,
            link: (chunks) => (
              <a href={`mailto:${SECRETARIAT_EMAIL}`} className="text-un-blue-dark underline" dir="ltr">
                {chunks}
              </a>
            ),
          })}
        </li>
        <li>{t("otherAddress")}</li>
      </ul>
      <SignOutButton label={t("signOut")} redirectTo={signInAgain} />
    </div>
  );
}
