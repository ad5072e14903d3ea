"use client";

import { signOut, useSession } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/**
 * Who is signed in, read in the browser from /api/auth/session: the pages around it hold no
 * personal data, so they can be cached for everyone. Until the session is known (and without
 * JavaScript) the menu offers to sign in.
 */
export function UserMenu() {
  const t = useTranslations("Nav");
  const locale = useLocale();
  const { data: session, status } = useSession();
  const user = status === "authenticated" ? session.user : null;
  if (!user?.email) {
    return (
      <Link href="/sign-in" className="rounded bg-white px-3 py-1.5 text-sm font-semibold text-un-blue-dark">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span>{t("signedInAs", { email: user.email })}</span>
      {user.role === "SECRETARIAT" && (
        <Link href="/admin" className="underline">
          {t("admin")}
        </Link>
      )}
      <Link href="/account" className="underline">
        {t("account")}
      </Link>
      <button
        type="button"
        onClick={() => void signOut({ redirectTo: `/${locale}` })}
        className="rounded border border-white/70 px-2 py-1 hover:bg-white/10"
      >
        {t("signOut")}
      </button>
    </div>
  );
}
