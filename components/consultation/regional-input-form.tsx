"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { SUMMARY_MAX_WORDS } from "@/lib/submissions/word-count";
import { AttachmentField } from "./attachment-field";
import { echoed, SelectField, type Option } from "./select-field";
import { WordCountTextarea } from "./word-count-textarea";

export function RegionalInputForm({ action, countries, regions, languages, locale }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  countries: Option[];
  regions: Option[];
  languages: Option[];
  locale: string;
}) {
  const t = useTranslations("ConsultationAdmin");
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const values = state.values;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field id="eventName" name="eventName" required label={t("eventName")} defaultValue={echoed(values, "eventName")} errors={errors?.eventName} dir="auto" />
      <Field id="eventDate" name="eventDate" type="date" required label={t("eventDate")} defaultValue={echoed(values, "eventDate")} errors={errors?.eventDate} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField id="countryCode" name="countryCode" label={t("country")} hint={t("countryOrRegion")} placeholder={t("none")} options={countries} defaultValue={echoed(values, "countryCode")} errors={errors?.countryCode} />
        <SelectField id="regionCode" name="regionCode" label={t("region")} placeholder={t("none")} options={regions} defaultValue={echoed(values, "regionCode")} errors={errors?.regionCode} />
      </div>
      <Field id="organiserName" name="organiserName" required label={t("organiserName")} defaultValue={echoed(values, "organiserName")} errors={errors?.organiserName} dir="auto" />
      <Field id="organiserEmail" name="organiserEmail" type="email" label={t("organiserEmail")} defaultValue={echoed(values, "organiserEmail")} errors={errors?.organiserEmail} />
      <WordCountTextarea id="summary" name="summary" rows={8} label={t("summary")} maxWords={SUMMARY_MAX_WORDS * 4} defaultValue={echoed(values, "summary")} errors={errors?.summary} dir="auto" />
      <SelectField id="language" name="language" label={t("language")} options={languages} defaultValue={echoed(values, "language", locale)} errors={errors?.language} />
      <AttachmentField current={null} errors={errors?.attachment} />
      <SubmitButton>{t("record")}</SubmitButton>
    </form>
  );
}
