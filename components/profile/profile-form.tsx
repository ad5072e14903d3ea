"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { Form, useFormKit, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

export interface ProfileFormValues {
  name: string;
  jobTitle: string;
  stakeholderTypeCode: string;
  countryCode: string;
  preferredLanguage: string;
  organisationId: string;
}

interface Choices {
  current: ProfileFormValues;
  stakeholderTypes: Option[];
  countries: Option[];
  organisations: Option[];
  languages: Option[];
}

export function ProfileForm({ action, ...choices }: Choices & { action: FormAction }) {
  return (
    <Form action={action} id="profile" className="flex max-w-2xl flex-col gap-4">
      <ProfileFields {...choices} />
    </Form>
  );
}

function ProfileFields({ current, stakeholderTypes, countries, organisations, languages }: Choices) {
  const t = useTranslations("Profile");
  const { value, errorsOf, checked } = useFormKit();
  const [choice, setChoice] = useState(() => (organisations.length ? value("organisationChoice", current.organisationId ? "existing" : "new") : "new"));
  // the server found organisations with a similar name: the user confirms theirs is another one
  const similar = !!errorsOf("confirmNewOrganisation")?.length || checked("confirmNewOrganisation");
  return (
    <>
      <Field name="name" required autoComplete="name" label={t("name")} stored={current.name} />
      <Field name="jobTitle" autoComplete="organization-title" label={t("jobTitle")} stored={current.jobTitle} />
      <Field
        type="select"
        name="stakeholderTypeCode"
        required
        label={t("stakeholderType")}
        placeholder={t("choose")}
        options={stakeholderTypes}
        stored={current.stakeholderTypeCode}
      />
      <Field type="select" name="countryCode" required label={t("country")} placeholder={t("choose")} options={countries} stored={current.countryCode} />
      <Field
        type="select"
        name="preferredLanguage"
        required
        label={t("preferredLanguage")}
        hint={t("preferredLanguageHint")}
        options={languages}
        stored={current.preferredLanguage}
      />

      <fieldset className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
        <legend className="px-1 font-semibold">{t("organisation")}</legend>
        {organisations.length > 0 ? (
          <Field
            type="radio"
            name="organisationChoice"
            label={<span className="sr-only">{t("organisation")}</span>}
            stored={choice}
            onChange={setChoice}
            options={[
              { value: "existing", label: t("chooseExisting") },
              { value: "new", label: t("createNew") },
            ]}
          />
        ) : (
          <input type="hidden" name="organisationChoice" value="new" />
        )}
        {choice === "existing" ? (
          <Field
            type="select"
            name="organisationId"
            label={t("existingOrganisation")}
            placeholder={t("choose")}
            options={organisations}
            stored={current.organisationId}
          />
        ) : (
          <>
            <Field name="organisationName" autoComplete="organization" label={t("newOrganisation")} hint={t("newOrganisationHint")} />
            {similar && (
              <div className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
                <p className="font-semibold">{t("similarTitle")}</p>
                <p>{t("similarHelp")}</p>
                <Field type="checkbox" name="confirmNewOrganisation" label={t("confirmNew")} />
              </div>
            )}
          </>
        )}
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </>
  );
}
