"use client";

import { signOut, useSession } from "next-auth/react";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export interface UserMenuLabels {
  signIn: string;
  signedInAs: string;
  admin: string;
  account: string;
  signOut: string;
}

/**
 * Who is signed in, read in the browser from /api/auth/session: the pages around it hold no
 * personal data, so they can be cached for everyone. Until the session is known (and without
 * JavaScript) the menu offers to sign in. `labels.signedInAs` holds "{email}" as a placeholder.
 */
export function UserMenu({ locale, labels }: { locale: Locale; labels: UserMenuLabels }) {
  const { data: session, status } = useSession();
  const user = status === "authenticated" ? session.user : null;
  if (!user?.email) {
    return (
      <Link href="/sign-in" className="rounded bg-white px-3 py-1.5 text-sm font-semibold text-un-blue-dark">
        {labels.signIn}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span>{labels.signedInAs.replace("{email}", user.email)}</span>
      {user.role === "SECRETARIAT" && (
        <Link href="/admin" className="underline">
          {labels.admin}
        </Link>
      )}
      <Link href="/account" className="underline">
        {labels.account}
      </Link>
      <button
        type="button"
        onClick={() => void signOut({ redirectTo: `/${locale}` })}
        className="rounded border border-white/70 px-2 py-1 hover:bg-white/10"
      >
        {labels.signOut}
      </button>
    </div>
  );
}
