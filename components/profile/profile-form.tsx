"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { echoed, SelectField, type Option } from "@/components/consultation/select-field";
import type { ProfileFormState } from "@/lib/profiles/schemas";

type Action = (prev: ProfileFormState, formData: FormData) => Promise<ProfileFormState>;

export interface ProfileFormValues {
  name: string;
  jobTitle: string;
  stakeholderTypeCode: string;
  countryCode: string;
  preferredLanguage: string;
  organisationId: string;
}

export function ProfileForm({ action, current, stakeholderTypes, countries, organisations, languages }: {
  action: Action;
  current: ProfileFormValues;
  stakeholderTypes: Option[];
  countries: Option[];
  organisations: Option[];
  languages: Option[];
}) {
  const t = useTranslations("Profile");
  const [state, formAction] = useActionState(action, { status: "idle" } as ProfileFormState);
  const values = state.values;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const initialChoice = echoed(values, "organisationChoice", current.organisationId || !organisations.length ? "existing" : "new");
  const [choice, setChoice] = useState(organisations.length ? initialChoice : "new");
  const similar = state.similar ?? [];
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field id="name" name="name" required autoComplete="name" label={t("name")} defaultValue={echoed(values, "name", current.name)} errors={errors?.name} />
      <Field id="jobTitle" name="jobTitle" autoComplete="organization-title" label={t("jobTitle")} defaultValue={echoed(values, "jobTitle", current.jobTitle)} errors={errors?.jobTitle} />
      <SelectField id="stakeholderTypeCode" name="stakeholderTypeCode" required label={t("stakeholderType")} placeholder={t("choose")} options={stakeholderTypes} defaultValue={echoed(values, "stakeholderTypeCode", current.stakeholderTypeCode)} errors={errors?.stakeholderTypeCode} />
      <SelectField id="countryCode" name="countryCode" required label={t("country")} placeholder={t("choose")} options={countries} defaultValue={echoed(values, "countryCode", current.countryCode)} errors={errors?.countryCode} />
      <SelectField id="preferredLanguage" name="preferredLanguage" required label={t("preferredLanguage")} hint={t("preferredLanguageHint")} options={languages} defaultValue={echoed(values, "preferredLanguage", current.preferredLanguage)} errors={errors?.preferredLanguage} />

      <fieldset className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
        <legend className="px-1 font-semibold">{t("organisation")}</legend>
        {organisations.length > 0 && (
          <div className="flex flex-col gap-2">
            <label className="flex items-center gap-2">
              <input type="radio" name="organisationChoice" value="existing" checked={choice === "existing"} onChange={() => setChoice("existing")} />
              {t("chooseExisting")}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="organisationChoice" value="new" checked={choice === "new"} onChange={() => setChoice("new")} />
              {t("createNew")}
            </label>
          </div>
        )}
        {organisations.length === 0 && <input type="hidden" name="organisationChoice" value="new" />}
        {choice === "existing" ? (
          <SelectField id="organisationId" name="organisationId" label={t("existingOrganisation")} placeholder={t("choose")} options={organisations} defaultValue={echoed(values, "organisationId", current.organisationId)} errors={errors?.organisationId} />
        ) : (
          <>
            <Field id="organisationName" name="organisationName" autoComplete="organization" label={t("newOrganisation")} hint={t("newOrganisationHint")} defaultValue={echoed(values, "organisationName")} errors={errors?.organisationName} />
            {similar.length > 0 && (
              <div role="alert" className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
                <p className="font-semibold">{t("similarTitle")}</p>
                <ul className="list-disc ps-6">
                  {similar.map((s) => <li key={s.id}>{s.label}</li>)}
                </ul>
                <p>{t("similarHelp")}</p>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="confirmNewOrganisation" />
                  {t("confirmNew")}
                </label>
              </div>
            )}
          </>
        )}
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
