"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

/** The fallback for a link that cannot be opened here: the code from the same mail (a right one loads the destination as a new page). */
export function CodeSignInForm({ action, email, callbackUrl }: { action: FormAction; email?: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  return (
    <Form action={action} id="code-sign-in" className="flex max-w-md flex-col gap-4">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field name="email" type="email" autoComplete="email" required label={t("email")} stored={email} />
      <Field
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={20}
        label={t("codeLabel")}
        hint={t("codeHint")}
      />
      <SubmitButton>{t("codeSubmit")}</SubmitButton>
    </Form>
  );
}
