"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { useFormKit } from "@/components/forms/form";
import { useRows } from "@/components/forms/rows";
import { MAX_CO_ORGANISERS } from "@/lib/submissions/kinds/workshop";

interface OrganiserRow extends Record<string, string> {
  name: string;
  organisationName: string;
  stakeholderTypeCode: string;
  countryCode: string;
}

const blank = (): OrganiserRow => ({ name: "", organisationName: "", stakeholderTypeCode: "", countryCode: "" });

function OrganiserFields({
  nameOf,
  stored,
  stakeholderTypes,
  countries,
}: {
  nameOf: (field: keyof OrganiserRow & string) => string;
  stored: OrganiserRow;
  stakeholderTypes: Option[];
  countries: Option[];
}) {
  const t = useTranslations("WorkshopForm");
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <Field name={nameOf("name")} label={t("organiserName")} stored={stored.name} dir="auto" />
      <Field name={nameOf("organisationName")} label={t("organiserOrganisation")} stored={stored.organisationName} dir="auto" />
      <Field
        type="select"
        name={nameOf("stakeholderTypeCode")}
        label={t("stakeholderType")}
        placeholder={t("choose")}
        options={stakeholderTypes}
        stored={stored.stakeholderTypeCode}
      />
      <Field type="select" name={nameOf("countryCode")} label={t("country")} placeholder={t("choose")} options={countries} stored={stored.countryCode} />
    </div>
  );
}

/**
 * The lead organiser (fields `lead.<field>`) and any co-organisers as keyed rows
 * (`coOrganisers[<key>].<field>`), with their stakeholder types and countries.
 */
export function OrganisersFieldset({
  lead,
  stored,
  stakeholderTypes,
  countries,
}: {
  lead: OrganiserRow;
  stored: Record<string, string>[];
  stakeholderTypes: Option[];
  countries: Option[];
}) {
  const t = useTranslations("WorkshopForm");
  const { errorsOf, idOf } = useFormKit();
  const { rows, nameOf, add, remove } = useRows<OrganiserRow>(
    "coOrganisers",
    stored.map((r) => ({ ...blank(), ...r })),
    blank,
  );
  const leadErrors = errorsOf("lead");
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-zinc-300 p-4">
      <legend className="px-1 font-semibold">{t("organisers")}</legend>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("leadOrganiser")}</legend>
        {leadErrors && (
          <p id={idOf("lead")} tabIndex={-1} className="text-sm text-red-700">
            {leadErrors.join(" ")}
          </p>
        )}
        <OrganiserFields nameOf={(field) => `lead.${field}`} stored={lead} stakeholderTypes={stakeholderTypes} countries={countries} />
      </fieldset>
      {rows.map((row, n) => (
        <fieldset key={row.key} className="flex flex-col gap-2 border-t border-zinc-200 pt-3">
          <legend className="font-medium">{t("coOrganiserN", { n: n + 1 })}</legend>
          <OrganiserFields nameOf={(field) => nameOf(row, field)} stored={row} stakeholderTypes={stakeholderTypes} countries={countries} />
          <button type="button" onClick={() => remove(row.key)} className="self-start rounded border border-zinc-500 px-3 py-1.5 text-sm">
            {t("removeCoOrganiser", { n: n + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < MAX_CO_ORGANISERS && (
        <button type="button" onClick={add} className="self-start rounded border border-un-blue-dark px-3 py-1.5 text-sm font-semibold text-un-blue-dark">
          {t("addCoOrganiser")}
        </button>
      )}
    </fieldset>
  );
}
