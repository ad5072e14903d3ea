"use client";

import { useLocale } from "next-intl";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { signOutAction } from "@/lib/auth/actions";

/**
 * "Sign out", then `redirectTo` (a path of this site). A form of the kit to a server action that
 * ends the session: without JavaScript the server redirects the post; with it, the kit loads the
 * answer's page as a new page (`reload`), so the header reads the visitor anew.
 */
export function SignOutForm({ label, redirectTo, className }: { label: string; redirectTo: string; className: string }) {
  const locale = useLocale();
  return (
    <Form action={signOutAction.bind(null, locale, redirectTo)} className="">
      <SubmitButton className={className}>{label}</SubmitButton>
    </Form>
  );
}
