"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";

/**
 * "Sign out", then `redirectTo` (a path of this site). A form, so that a click before the page has
 * hydrated, or without JavaScript, signs out too: it posts to a server action that ends the
 * session. Once hydrated, the browser signs out through Auth.js itself (next-auth/react, with its
 * CSRF check), which also tells the header's menu at once.
 */
export function SignOutForm({ label, redirectTo, className }: { label: string; redirectTo: string; className: string }) {
  const locale = useLocale();
  // the server reference itself (bound), so React renders a form that posts without JavaScript;
  // its answer is not read: the server redirects a plain post, and a hydrated page signs out above
  const serverSignOut = signOutAction.bind(null, locale, redirectTo) as unknown as (formData: FormData) => Promise<void>;
  return (
    <form
      action={serverSignOut}
      onSubmit={(event) => {
        event.preventDefault();
        void signOut({ redirectTo });
      }}
    >
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
