"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/form";
import { CONTRIBUTION_TITLE_MAX, CONTRIBUTION_TOPICS } from "@/lib/submissions/kinds/contribution";
import type { StoredForm } from "@/lib/submissions/kinds/types";
import { CONTRIBUTION_BODY_MAX_WORDS, SUMMARY_MAX_WORDS } from "@/lib/submissions/word-count";
import { AttachmentField } from "./attachment-field";
import type { DuplicateView } from "./duplicate-warning";
import { SubmissionForm, type FormMode } from "./submission-form";
import { WordCountField } from "./word-count-field";

export function ContributionForm({
  action,
  mode,
  stored,
  attachment,
  duplicates,
  actionLines,
  sdgs,
  languages,
}: {
  action: FormAction;
  mode: FormMode;
  stored: StoredForm;
  attachment: { id: string; filename: string; size: number } | null;
  duplicates?: DuplicateView[];
  actionLines: Option[];
  sdgs: Option[];
  languages: Option[];
}) {
  const t = useTranslations("SubmissionForm");
  const v = stored.values;
  const one = (key: string) => (typeof v[key] === "string" ? (v[key] as string) : "");
  const many = (key: string) => ([] as string[]).concat(v[key] ?? []);
  return (
    <SubmissionForm action={action} mode={mode} duplicates={duplicates} submitLabel={t("submitContribution")}>
      <Field
        type="radio"
        name="topic"
        label={t("topic")}
        stored={one("topic")}
        options={CONTRIBUTION_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
      />
      <Field
        name="title"
        required
        maxLength={CONTRIBUTION_TITLE_MAX}
        label={t("title")}
        hint={t("titleHint", { max: CONTRIBUTION_TITLE_MAX })}
        stored={one("title")}
        dir="auto"
      />
      <WordCountField name="summary" rows={4} label={t("summary")} maxWords={SUMMARY_MAX_WORDS} stored={one("summary")} />
      <WordCountField name="body" rows={14} label={t("body")} hint={t("bodyHint")} maxWords={CONTRIBUTION_BODY_MAX_WORDS} stored={one("body")} />
      <Field type="select" name="language" label={t("language")} options={languages} stored={one("language")} />
      <AttachmentField current={attachment} />
      <Field type="checkboxes" name="actionLines" label={t("actionLines")} options={actionLines} stored={many("actionLines")} />
      <Field type="checkboxes" name="sdgs" label={t("sdgs")} options={sdgs} stored={many("sdgs")} />
    </SubmissionForm>
  );
}
