"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/form";
import type { StoredForm } from "@/lib/submissions/kinds/types";
import { WORKSHOP_DESCRIPTION_MAX_WORDS, WORKSHOP_DURATIONS, WORKSHOP_FORMATS, WORKSHOP_TITLE_MAX } from "@/lib/submissions/kinds/workshop";
import type { DuplicateView } from "./duplicate-warning";
import { OrganisersFieldset } from "./organisers-fieldset";
import { SpeakersFieldset } from "./speakers-fieldset";
import { SubmissionForm, type FormMode } from "./submission-form";
import { WordCountField } from "./word-count-field";

export function WorkshopForm({
  action,
  mode,
  stored,
  duplicates,
  actionLines,
  sdgs,
  languages,
  stakeholderTypes,
  countries,
  days,
}: {
  action: FormAction;
  mode: FormMode;
  stored: StoredForm;
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
  const v = stored.values;
  const one = (key: string) => (typeof v[key] === "string" ? (v[key] as string) : "");
  const many = (key: string) => ([] as string[]).concat(v[key] ?? []);
  const lead = {
    name: one("lead.name"),
    organisationName: one("lead.organisationName"),
    stakeholderTypeCode: one("lead.stakeholderTypeCode"),
    countryCode: one("lead.countryCode"),
  };
  return (
    <SubmissionForm action={action} mode={mode} duplicates={duplicates} submitLabel={t("submit")}>
      <section aria-labelledby="binding-title" className="rounded border-s-4 border-un-blue-dark bg-sky-50 p-4">
        <h2 id="binding-title" className="text-lg font-semibold">
          {t("bindingTitle")}
        </h2>
        <p>{t("bindingExplained")}</p>
      </section>
      <Field
        name="title"
        required
        maxLength={WORKSHOP_TITLE_MAX}
        label={t("title")}
        hint={ts("titleHint", { max: WORKSHOP_TITLE_MAX })}
        stored={one("title")}
        dir="auto"
      />
      <WordCountField name="body" rows={8} label={t("description")} maxWords={WORKSHOP_DESCRIPTION_MAX_WORDS} stored={one("body")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field
          type="select"
          name="format"
          label={t("format")}
          placeholder={t("choose")}
          options={WORKSHOP_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          stored={one("format")}
        />
        <Field
          type="select"
          name="durationMinutes"
          label={t("duration")}
          placeholder={t("choose")}
          options={WORKSHOP_DURATIONS.map((d) => ({ value: String(d), label: t("minutes", { n: d }) }))}
          stored={one("durationMinutes")}
        />
        <Field type="select" name="preferredDay" label={t("preferredDay")} placeholder={t("noPreference")} options={days} stored={one("preferredDay")} />
      </div>
      <Field type="select" name="language" label={ts("language")} options={languages} stored={one("language")} />
      <OrganisersFieldset lead={lead} stored={stored.rows?.coOrganisers ?? []} stakeholderTypes={stakeholderTypes} countries={countries} />
      <SpeakersFieldset stored={stored.rows?.speakers ?? []} stakeholderTypes={stakeholderTypes} />
      <Field type="checkboxes" name="actionLines" label={ts("actionLines")} options={actionLines} stored={many("actionLines")} />
      <Field type="checkboxes" name="sdgs" label={ts("sdgs")} options={sdgs} stored={many("sdgs")} />
      <Field type="checkbox" name="bindingConfirmed" label={t("bindingConfirm")} stored={one("bindingConfirmed") === "on"} />
    </SubmissionForm>
  );
}
