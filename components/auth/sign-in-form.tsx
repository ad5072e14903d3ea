"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({ action, callbackUrl }: { action: FormAction; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  return (
    <Form action={action} id="sign-in" className="flex max-w-md flex-col gap-4">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field name="email" type="email" autoComplete="email" required label={t("email")} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </Form>
  );
}
