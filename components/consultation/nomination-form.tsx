"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import type { FormState } from "@/lib/actions/form-state";
import { BIOGRAPHY_MAX_WORDS } from "@/lib/submissions/schemas/nomination";
import { SelectField, type Option } from "./select-field";
import { SubmissionFormFrame, type FormMode } from "./submission-form-frame";
import { WordCountTextarea } from "./word-count-textarea";

export function NominationForm({ action, mode, initial, languages, stakeholderTypes, countries, nominator }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  mode: FormMode;
  initial: Record<string, string | string[]>;
  languages: Option[];
  stakeholderTypes: Option[];
  countries: Option[];
  nominator: string;
}) {
  const t = useTranslations("NominationForm");
  const ts = useTranslations("SubmissionForm");
  return (
    <SubmissionFormFrame action={action} mode={mode} initial={initial} submitLabel={t("submit")}>
      {({ errors, v }) => (
        <>
          <p>{t("nominatorIs", { name: nominator })}</p>
          <Field id="nomineeName" name="nomineeName" required label={t("nomineeName")} defaultValue={v("nomineeName")} errors={errors?.nomineeName} dir="auto" />
          <Field id="nomineeEmail" name="nomineeEmail" type="email" required label={t("nomineeEmail")} hint={t("nomineeEmailHint")} defaultValue={v("nomineeEmail")} errors={errors?.nomineeEmail} />
          <Field id="nomineeOrganisation" name="nomineeOrganisation" required label={t("nomineeOrganisation")} defaultValue={v("nomineeOrganisation")} errors={errors?.nomineeOrganisation} dir="auto" />
          <SelectField id="stakeholderTypeCode" name="stakeholderTypeCode" label={t("stakeholderGroup")} placeholder={t("choose")} options={stakeholderTypes} defaultValue={v("stakeholderTypeCode")} errors={errors?.stakeholderTypeCode} />
          <SelectField id="countryCode" name="countryCode" label={t("country")} placeholder={t("choose")} options={countries} defaultValue={v("countryCode")} errors={errors?.countryCode} />
          <WordCountTextarea id="biography" name="biography" rows={8} label={t("biography")} maxWords={BIOGRAPHY_MAX_WORDS} defaultValue={v("biography")} errors={errors?.biography} dir="auto" />
          <WordCountTextarea id="motivation" name="motivation" rows={4} label={t("motivation")} maxWords={200} defaultValue={v("motivation")} errors={errors?.motivation} dir="auto" />
          <SelectField id="language" name="language" label={ts("language")} options={languages} defaultValue={v("language")} errors={errors?.language} />
        </>
      )}
    </SubmissionFormFrame>
  );
}
