"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle } from "@/lib/actions/form-state";
import type { SignInState } from "@/lib/auth/schemas";

type Action = (prev: SignInState, formData: FormData) => Promise<SignInState>;

/** The fallback for a link that cannot be opened here: the code from the same mail. */
export function CodeSignInForm({ action, email, callbackUrl }: { action: Action; email?: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState<SignInState, FormData>(action, idle);
  // a new page, not a client navigation: the header's menu reads the new session on load
  useEffect(() => {
    if (state.status === "signed-in") window.location.assign(state.to);
  }, [state]);
  const value = (name: string, fallback = "") => {
    const v = state.status === "signed-in" ? undefined : state.values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      {state.status !== "signed-in" && <FormMessage state={state} />}
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
