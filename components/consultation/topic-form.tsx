"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { locales, nativeNames } from "@/lib/i18n/locales";

const LANGS = ["en", ...locales.filter((l) => l !== "en")] as const;

/** Secretariat: a new discussion topic, English required, the other five languages optional. */
export function TopicForm({ action, editions, defaultYear }: { action: FormAction; editions: Option[]; defaultYear: string }) {
  const t = useTranslations("ConsultationAdmin");
  return (
    <Form action={action} className="flex max-w-3xl flex-col gap-4">
      <Field type="select" name="editionYear" label={t("edition")} options={editions} stored={defaultYear} />
      {LANGS.map((lang) => (
        <fieldset key={lang} lang={lang} dir={lang === "ar" ? "rtl" : "ltr"} className="flex flex-col gap-2 rounded border border-zinc-300 p-3">
          <legend className="px-1 font-semibold">
            {nativeNames[lang]}
            {lang === "en" ? ` (${t("required")})` : ""}
          </legend>
          <Field name={`title.${lang}`} label={`${t("topicTitle")} (${lang})`} dir={lang === "ar" ? "rtl" : "ltr"} />
          <Field type="textarea" name={`description.${lang}`} rows={3} label={`${t("topicDescription")} (${lang})`} />
        </fieldset>
      ))}
      <SubmitButton>{t("openTopic")}</SubmitButton>
    </Form>
  );
}
