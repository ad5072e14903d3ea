"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle } from "@/lib/actions/form-state";
import type { SignInState } from "@/lib/auth/schemas";

type Action = (prev: SignInState, formData: FormData) => Promise<SignInState>;

/** The one button of the page a mailed link opens: its POST, not the link, signs in. */
export function ConfirmSignInForm({ action, email, token, callbackUrl }: { action: Action; email: string; token: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState<SignInState, FormData>(action, idle);
  // a new page, not a client navigation: the header's menu reads the new session on load
  useEffect(() => {
    if (state.status === "signed-in") window.location.assign(state.to);
  }, [state]);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4">
      {state.status !== "signed-in" && <FormMessage state={state} />}
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton>{t("confirmButton", { email })}</SubmitButton>
    </form>
  );
}
