"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { echoed, SelectField, TextAreaField, type Option } from "./select-field";

const LANGS = [
  ["en", "English"],
  ["ar", "العربية"],
  ["zh", "中文"],
  ["fr", "Français"],
  ["ru", "Русский"],
  ["es", "Español"],
] as const;

/** Secretariat: a new discussion topic, English required, the other five languages optional. */
export function TopicForm({ action, editions, defaultYear }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; editions: Option[]; defaultYear: string }) {
  const t = useTranslations("ConsultationAdmin");
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const values = state.values;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <SelectField id="editionYear" name="editionYear" label={t("edition")} options={editions} defaultValue={echoed(values, "editionYear", defaultYear)} errors={errors?.editionYear} />
      {LANGS.map(([lang, name]) => (
        <fieldset key={lang} lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} className="flex flex-col gap-2 rounded border border-zinc-300 p-3">
          <legend className="px-1 font-semibold">{name}{lang === "en" ? ` (${t("required")})` : ""}</legend>
          <Field id={`title.${lang}`} name={`title.${lang}`} label={`${t("topicTitle")} (${lang})`} defaultValue={echoed(values, `title.${lang}`)} errors={errors?.[`title.${lang}`]} />
          <TextAreaField id={`description.${lang}`} name={`description.${lang}`} rows={3} label={`${t("topicDescription")} (${lang})`} defaultValue={echoed(values, `description.${lang}`)} errors={errors?.[`description.${lang}`]} />
        </fieldset>
      ))}
      <SubmitButton>{t("openTopic")}</SubmitButton>
    </form>
  );
}
