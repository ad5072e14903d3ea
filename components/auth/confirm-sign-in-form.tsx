"use client";

import { useTranslations } from "next-intl";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

/** The one button of the page a mailed link opens: its POST, not the link, signs in (and loads the destination as a new page). */
export function ConfirmSignInForm({ action, email, token, callbackUrl }: { action: FormAction; email: string; token: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  return (
    <Form action={action} id="confirm-sign-in" className="flex max-w-md flex-col gap-4">
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton>{t("confirmButton", { email })}</SubmitButton>
    </Form>
  );
}
