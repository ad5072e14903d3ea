"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import type { FormState } from "@/lib/actions/form-state";
import { CONTRIBUTION_TITLE_MAX } from "@/lib/submissions/schemas/contribution";
import { CONTRIBUTION_BODY_MAX_WORDS, SUMMARY_MAX_WORDS } from "@/lib/submissions/word-count";
import { AttachmentField } from "./attachment-field";
import { CheckboxGroup } from "./checkbox-group";
import type { DuplicateView } from "./duplicate-warning";
import { SelectField, type Option } from "./select-field";
import { SubmissionFormFrame, type FormMode } from "./submission-form-frame";
import { WordCountTextarea } from "./word-count-textarea";

export function ContributionForm({ action, mode, initial, attachment, duplicates, actionLines, sdgs, languages }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  mode: FormMode;
  initial: Record<string, string | string[]>;
  attachment: { id: string; filename: string; size: number } | null;
  duplicates?: DuplicateView[];
  actionLines: Option[];
  sdgs: Option[];
  languages: Option[];
}) {
  const t = useTranslations("SubmissionForm");
  return (
    <SubmissionFormFrame action={action} mode={mode} initial={initial} duplicates={duplicates} submitLabel={t("submitContribution")}>
      {({ errors, v, list }) => (
        <>
          <fieldset className="flex flex-col gap-2" aria-describedby="topic-error">
            <legend className="font-medium">{t("topic")}</legend>
            {(["THEMATIC_ASPECTS", "FORMAT_INNOVATIONS"] as const).map((topic) => (
              <label key={topic} className="flex items-center gap-2">
                <input type="radio" name="topic" value={topic} defaultChecked={v("topic") === topic} />
                {t(`topics.${topic}`)}
              </label>
            ))}
            <p id="topic-error" aria-live="polite" className="text-sm text-red-700">{errors?.topic?.join(" ")}</p>
          </fieldset>
          <Field id="title" name="title" required maxLength={CONTRIBUTION_TITLE_MAX} label={t("title")} hint={t("titleHint", { max: CONTRIBUTION_TITLE_MAX })} defaultValue={v("title")} errors={errors?.title} dir="auto" />
          <WordCountTextarea id="summary" name="summary" rows={4} label={t("summary")} maxWords={SUMMARY_MAX_WORDS} defaultValue={v("summary")} errors={errors?.summary} dir="auto" />
          <WordCountTextarea id="body" name="body" rows={14} label={t("body")} hint={t("bodyHint")} maxWords={CONTRIBUTION_BODY_MAX_WORDS} defaultValue={v("body")} errors={errors?.body} dir="auto" />
          <SelectField id="language" name="language" label={t("language")} options={languages} defaultValue={v("language")} errors={errors?.language} />
          <AttachmentField current={attachment} errors={errors?.attachment} />
          <CheckboxGroup name="actionLines" legend={t("actionLines")} options={actionLines} selected={list("actionLines")} errors={errors?.actionLines} />
          <CheckboxGroup name="sdgs" legend={t("sdgs")} options={sdgs} selected={list("sdgs")} errors={errors?.sdgs} />
        </>
      )}
    </SubmissionFormFrame>
  );
}
