"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/form";
import { BIOGRAPHY_MAX_WORDS, MOTIVATION_MAX_WORDS } from "@/lib/submissions/kinds/nomination";
import type { StoredForm } from "@/lib/submissions/kinds/types";
import { SubmissionForm, type FormMode } from "./submission-form";
import { WordCountField } from "./word-count-field";

export function NominationForm({
  action,
  mode,
  stored,
  languages,
  stakeholderTypes,
  countries,
  nominator,
}: {
  action: FormAction;
  mode: FormMode;
  stored: StoredForm;
  languages: Option[];
  stakeholderTypes: Option[];
  countries: Option[];
  nominator: string;
}) {
  const t = useTranslations("NominationForm");
  const ts = useTranslations("SubmissionForm");
  const one = (key: string) => (typeof stored.values[key] === "string" ? (stored.values[key] as string) : "");
  return (
    <SubmissionForm action={action} mode={mode} submitLabel={t("submit")}>
      <p>{t("nominatorIs", { name: nominator })}</p>
      <Field name="nomineeName" required label={t("nomineeName")} stored={one("nomineeName")} dir="auto" />
      <Field name="nomineeEmail" type="email" required label={t("nomineeEmail")} hint={t("nomineeEmailHint")} stored={one("nomineeEmail")} />
      <Field name="nomineeOrganisation" required label={t("nomineeOrganisation")} stored={one("nomineeOrganisation")} dir="auto" />
      <Field
        type="select"
        name="stakeholderTypeCode"
        label={t("stakeholderGroup")}
        placeholder={t("choose")}
        options={stakeholderTypes}
        stored={one("stakeholderTypeCode")}
      />
      <Field type="select" name="countryCode" label={t("country")} placeholder={t("choose")} options={countries} stored={one("countryCode")} />
      <WordCountField name="biography" rows={8} label={t("biography")} maxWords={BIOGRAPHY_MAX_WORDS} stored={one("biography")} />
      <WordCountField name="motivation" rows={4} label={t("motivation")} maxWords={MOTIVATION_MAX_WORDS} stored={one("motivation")} />
      <Field type="select" name="language" label={ts("language")} options={languages} stored={one("language")} />
    </SubmissionForm>
  );
}
