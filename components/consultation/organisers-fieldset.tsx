"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { MAX_CO_ORGANISERS } from "@/lib/submissions/schemas/workshop";
import { SelectField, type Option } from "./select-field";
import { rowIndices } from "./speakers-fieldset";

function OrganiserFields({ prefix, errorPrefix, v, errors, stakeholderTypes, countries }: {
  prefix: string;
  errorPrefix: string;
  v: (key: string) => string;
  errors?: Partial<Record<string, string[]>>;
  stakeholderTypes: Option[];
  countries: Option[];
}) {
  const t = useTranslations("WorkshopForm");
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <Field id={`${prefix}.name`} name={`${prefix}.name`} label={t("organiserName")} defaultValue={v(`${prefix}.name`)} errors={errors?.[`${errorPrefix}.name`]} dir="auto" />
      <Field id={`${prefix}.organisationName`} name={`${prefix}.organisationName`} label={t("organiserOrganisation")} defaultValue={v(`${prefix}.organisationName`)} errors={errors?.[`${errorPrefix}.organisationName`]} dir="auto" />
      <SelectField id={`${prefix}.stakeholderTypeCode`} name={`${prefix}.stakeholderTypeCode`} label={t("stakeholderType")} placeholder={t("choose")} options={stakeholderTypes} defaultValue={v(`${prefix}.stakeholderTypeCode`)} errors={errors?.[`${errorPrefix}.stakeholderTypeCode`]} />
      <SelectField id={`${prefix}.countryCode`} name={`${prefix}.countryCode`} label={t("country")} placeholder={t("choose")} options={countries} defaultValue={v(`${prefix}.countryCode`)} errors={errors?.[`${errorPrefix}.countryCode`]} />
    </div>
  );
}

/** The lead organiser and any co-organisers, with their stakeholder types and countries. */
export function OrganisersFieldset({ v, errors, stakeholderTypes, countries, source }: {
  v: (key: string) => string;
  errors?: Partial<Record<string, string[]>>;
  stakeholderTypes: Option[];
  countries: Option[];
  source: Record<string, unknown>;
}) {
  const t = useTranslations("WorkshopForm");
  const [rows, setRows] = useState<number[]>(() => rowIndices(source, "coOrganisers"));
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-zinc-300 p-4">
      <legend className="px-1 font-semibold">{t("organisers")}</legend>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("leadOrganiser")}</legend>
        <OrganiserFields prefix="lead.0" errorPrefix="lead" v={v} errors={errors} stakeholderTypes={stakeholderTypes} countries={countries} />
        <p aria-live="polite" className="text-sm text-red-700">{errors?.lead?.join(" ")}</p>
      </fieldset>
      {rows.map((key, n) => (
        <fieldset key={key} className="flex flex-col gap-2 border-t border-zinc-200 pt-3">
          <legend className="font-medium">{t("coOrganiserN", { n: n + 1 })}</legend>
          <OrganiserFields prefix={`coOrganisers.${key}`} errorPrefix={`coOrganisers.${n}`} v={v} errors={errors} stakeholderTypes={stakeholderTypes} countries={countries} />
          <button type="button" onClick={() => setRows((rs) => rs.filter((r) => r !== key))} className="self-start rounded border border-zinc-500 px-3 py-1.5 text-sm">
            {t("removeCoOrganiser", { n: n + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < MAX_CO_ORGANISERS && (
        <button type="button" onClick={() => setRows((rs) => [...rs, Math.max(-1, ...rs) + 1])} className="self-start rounded border border-un-blue-dark px-3 py-1.5 text-sm font-semibold text-un-blue-dark">
          {t("addCoOrganiser")}
        </button>
      )}
    </fieldset>
  );
}
