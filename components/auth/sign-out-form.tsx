"use client";

import { useTransition } from "react";
import { useLocale } from "next-intl";
import { reloadTarget, type FormState } from "@/lib/actions/form-state";
import { signOutAction } from "@/lib/auth/actions";

/**
 * "Sign out", then `redirectTo` (a path of this site). A form to a server action that ends the
 * session, so that a click before the page has hydrated, or without JavaScript, signs out too (the
 * server redirects the post). With JavaScript the browser calls the action itself and then loads
 * the answer's page as a new page, so the header reads the visitor anew. Not the form kit: its
 * `reload` is followed from the form's state, and the page under the form may be rendered again
 * for the signed-out visitor before that (the invitation's "addressed to someone else" page
 * becomes the sign-in prompt), taking the form with it.
 */
export function SignOutForm({ label, redirectTo, className }: { label: string; redirectTo: string; className: string }) {
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const action: (formData: FormData) => Promise<FormState> = signOutAction.bind(null, locale, redirectTo);
  return (
    <form
      // the server action itself (not a wrapper), so that the post works before hydration
      action={action as (formData: FormData) => Promise<unknown> as (formData: FormData) => Promise<void>}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const state = await action(data);
          const target = reloadTarget(state);
          if (target) window.location.assign(target);
          else window.location.reload();
        });
      }}
    >
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className={className}>
        {label}
      </button>
    </form>
  );
}
