"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import type { FormState } from "@/lib/actions/form-state";
import { WORKSHOP_DESCRIPTION_MAX_WORDS, WORKSHOP_DURATIONS, WORKSHOP_FORMATS, WORKSHOP_TITLE_MAX } from "@/lib/submissions/schemas/workshop";
import { CheckboxGroup } from "./checkbox-group";
import type { DuplicateView } from "./duplicate-warning";
import { OrganisersFieldset } from "./organisers-fieldset";
import { SelectField, type Option } from "./select-field";
import { SpeakersFieldset } from "./speakers-fieldset";
import { SubmissionFormFrame, type FormMode } from "./submission-form-frame";
import { WordCountTextarea } from "./word-count-textarea";

export function WorkshopForm({ action, mode, initial, duplicates, actionLines, sdgs, languages, stakeholderTypes, countries, days }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  mode: FormMode;
  initial: Record<string, string | string[]>;
  duplicates?: DuplicateView[];
  actionLines: Option[];
  sdgs: Option[];
  languages: Option[];
  stakeholderTypes: Option[];
  countries: Option[];
  days: Option[];
}) {
  const t = useTranslations("WorkshopForm");
  const ts = useTranslations("SubmissionForm");
  return (
    <SubmissionFormFrame action={action} mode={mode} initial={initial} duplicates={duplicates} submitLabel={t("submit")}>
      {({ values, errors, v, list }) => (
        <>
          <section aria-labelledby="binding-title" className="rounded border-s-4 border-un-blue-dark bg-sky-50 p-4">
            <h2 id="binding-title" className="text-lg font-semibold">{t("bindingTitle")}</h2>
            <p>{t("bindingExplained")}</p>
          </section>
          <Field id="title" name="title" required maxLength={WORKSHOP_TITLE_MAX} label={t("title")} hint={ts("titleHint", { max: WORKSHOP_TITLE_MAX })} defaultValue={v("title")} errors={errors?.title} dir="auto" />
          <WordCountTextarea id="body" name="body" rows={8} label={t("description")} maxWords={WORKSHOP_DESCRIPTION_MAX_WORDS} defaultValue={v("body")} errors={errors?.body} dir="auto" />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <SelectField id="format" name="format" label={t("format")} placeholder={t("choose")} options={WORKSHOP_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))} defaultValue={v("format")} errors={errors?.format} />
            <SelectField id="durationMinutes" name="durationMinutes" label={t("duration")} placeholder={t("choose")} options={WORKSHOP_DURATIONS.map((d) => ({ value: String(d), label: t("minutes", { n: d }) }))} defaultValue={v("durationMinutes")} errors={errors?.durationMinutes} />
            <SelectField id="preferredDay" name="preferredDay" label={t("preferredDay")} placeholder={t("noPreference")} options={days} defaultValue={v("preferredDay")} errors={errors?.preferredDay} />
          </div>
          <SelectField id="language" name="language" label={ts("language")} options={languages} defaultValue={v("language")} errors={errors?.language} />
          <OrganisersFieldset v={v} errors={errors} stakeholderTypes={stakeholderTypes} countries={countries} source={values ?? initial} />
          <SpeakersFieldset v={v} errors={errors} stakeholderTypes={stakeholderTypes} source={values ?? initial} />
          <CheckboxGroup name="actionLines" legend={ts("actionLines")} options={actionLines} selected={list("actionLines")} errors={errors?.actionLines} />
          <CheckboxGroup name="sdgs" legend={ts("sdgs")} options={sdgs} selected={list("sdgs")} errors={errors?.sdgs} />
          <div className="flex flex-col gap-1">
            <label className="flex items-start gap-2 font-medium">
              <input type="checkbox" name="bindingConfirmed" defaultChecked={v("bindingConfirmed") === "on"} aria-describedby="bindingConfirmed-error" className="mt-1" />
              {t("bindingConfirm")}
            </label>
            <p id="bindingConfirmed-error" aria-live="polite" className="text-sm text-red-700">{errors?.bindingConfirmed?.join(" ")}</p>
          </div>
        </>
      )}
    </SubmissionFormFrame>
  );
}
