"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function SignInForm({ action, callbackUrl }: { action: Action; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const [state, formAction] = useActionState(action, idle);
  const email = state.values?.email;
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t("email")}
        defaultValue={typeof email === "string" ? email : ""}
        errors={state.status === "error" ? state.fieldErrors?.email : undefined}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
