"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** The fallback for a link that cannot be opened here: the code from the same mail. */
export function CodeSignInForm({ action, email, callbackUrl }: { action: Action; email?: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(action, idle);
  const value = (name: string, fallback = "") => {
    const v = state.values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field id="code-email" name="email" type="email" autoComplete="email" required label={t("email")} defaultValue={value("email", email)} errors={errors?.email} />
      <Field
        id="code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={20}
        label={t("codeLabel")}
        hint={t("codeHint")}
        defaultValue={value("code")}
        errors={errors?.code}
      />
      <SubmitButton>{t("codeSubmit")}</SubmitButton>
    </form>
  );
}
