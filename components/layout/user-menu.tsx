"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { useVisitor } from "./use-visitor";

/** What the server knew of the visitor when it rendered the page (lib/auth/header-session.ts). */
export type HeaderSession = { kind: "unknown" } | { kind: "anonymous" } | { kind: "user"; email: string; secretariat: boolean };

/**
 * Who is signed in. A page rendered per request passes what the server knows, so the first paint
 * (and a page without JavaScript) already shows the right menu. A cached page holds nothing
 * personal: it passes "unknown", and the menu keeps a neutral placeholder of the same size until
 * the browser has read /api/auth/session — never a "Sign in" flash for a signed-in visitor.
 * Without JavaScript the placeholder holds a plain link to the account page (which leads to
 * sign-in when needed).
 */
export function UserMenu({ initial }: { initial: HeaderSession }) {
  const t = useTranslations("Nav");
  const locale = useLocale();
  const known = useVisitor(initial);
  if (known.kind === "unknown") {
    return (
      <span data-user-menu="pending" className="inline-flex h-8 min-w-24 items-center justify-center text-sm">
        <noscript>
          <Link href="/account" className="underline">
            {t("account")}
          </Link>
        </noscript>
      </span>
    );
  }
  if (known.kind === "anonymous") {
    return (
      <Link href="/sign-in" data-user-menu="anonymous" className="rounded bg-white px-3 py-1.5 text-sm font-semibold text-un-blue-dark">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div data-user-menu="user" className="flex flex-wrap items-center gap-3 text-sm">
      <span>{t("signedInAs", { email: known.email })}</span>
      {known.secretariat && (
        <Link href="/admin" className="underline">
          {t("admin")}
        </Link>
      )}
      <Link href="/account" className="underline">
        {t("account")}
      </Link>
      <SignOutForm label={t("signOut")} redirectTo={`/${locale}`} className="rounded border border-white/70 px-2 py-1 hover:bg-white/10" />
    </div>
  );
}
