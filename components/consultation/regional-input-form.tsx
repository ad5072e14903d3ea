"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { REGIONAL_SUMMARY_MAX_WORDS } from "@/lib/submissions/kinds/regional-input";
import { AttachmentField } from "./attachment-field";
import { WordCountField } from "./word-count-field";

export function RegionalInputForm({
  action,
  countries,
  regions,
  languages,
  locale,
}: {
  action: FormAction;
  countries: Option[];
  regions: Option[];
  languages: Option[];
  locale: string;
}) {
  const t = useTranslations("ConsultationAdmin");
  return (
    <Form action={action} className="flex max-w-3xl flex-col gap-4">
      <Field name="eventName" required label={t("eventName")} dir="auto" />
      <Field name="eventDate" type="date" required label={t("eventDate")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field type="select" name="countryCode" label={t("country")} hint={t("countryOrRegion")} placeholder={t("none")} options={countries} />
        <Field type="select" name="regionCode" label={t("region")} placeholder={t("none")} options={regions} />
      </div>
      <Field name="organiserName" required label={t("organiserName")} dir="auto" />
      <Field name="organiserEmail" type="email" label={t("organiserEmail")} />
      <WordCountField name="summary" rows={8} label={t("summary")} maxWords={REGIONAL_SUMMARY_MAX_WORDS} />
      <Field type="select" name="language" label={t("language")} options={languages} stored={locale} />
      <AttachmentField current={null} />
      <SubmitButton>{t("record")}</SubmitButton>
    </Form>
  );
}
