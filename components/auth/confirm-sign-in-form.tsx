"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** The one button of the page a mailed link opens: its POST, not the link, signs in. */
export function ConfirmSignInForm({ action, email, token, callbackUrl }: { action: Action; email: string; token: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton>{t("confirmButton", { email })}</SubmitButton>
    </form>
  );
}
