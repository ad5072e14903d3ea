"use client";

import { useTranslations } from "next-intl";
import { Field, type Option } from "@/components/forms/field";
import { useFormKit } from "@/components/forms/form";
import { useRows } from "@/components/forms/rows";
import { speakerBalance } from "@/lib/submissions/balance";
import { MAX_SPEAKERS, SPEAKER_ATTENDANCES, SPEAKER_GENDERS } from "@/lib/submissions/kinds/workshop";

export interface SpeakerRow extends Record<string, string> {
  name: string;
  organisationName: string;
  gender: string;
  stakeholderTypeCode: string;
  attendance: string;
}

const blank = (): SpeakerRow => ({ name: "", organisationName: "", gender: "", stakeholderTypeCode: "", attendance: "" });

/**
 * The speakers of a workshop, as many keyed rows as needed (`speakers[<key>].<field>`: an error
 * stays under its own row when a row before it is removed or left empty), with the gender and
 * stakeholder balance recomputed as they are filled in (the same count the server keeps).
 */
export function SpeakersFieldset({ stored, stakeholderTypes }: { stored: Record<string, string>[]; stakeholderTypes: Option[] }) {
  const t = useTranslations("WorkshopForm");
  const { errorsOf, idOf } = useFormKit();
  const { rows, nameOf, add, remove, update } = useRows<SpeakerRow>(
    "speakers",
    stored.map((r) => ({ ...blank(), ...r })),
    blank,
    { min: 1 },
  );
  const balance = speakerBalance(rows.filter((r) => r.gender || r.stakeholderTypeCode));
  const typeName = (code: string) => stakeholderTypes.find((o) => o.value === code)?.label ?? code;
  const genders = SPEAKER_GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }));
  const attendance = SPEAKER_ATTENDANCES.map((a) => ({ value: a, label: t(`attendance.${a}`) }));
  const groupErrors = errorsOf("speakers");
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-zinc-300 p-4">
      <legend className="px-1 font-semibold">{t("speakers")}</legend>
      {groupErrors && (
        <p id={idOf("speakers")} tabIndex={-1} className="text-sm text-red-700">
          {groupErrors.join(" ")}
        </p>
      )}
      {rows.map((row, n) => (
        <fieldset key={row.key} className="grid grid-cols-1 gap-3 border-b border-zinc-200 pb-4 sm:grid-cols-2">
          <legend className="font-medium">{t("speakerN", { n: n + 1 })}</legend>
          <Field name={nameOf(row, "name")} label={t("speakerName")} stored={row.name} dir="auto" />
          <Field name={nameOf(row, "organisationName")} label={t("speakerOrganisation")} stored={row.organisationName} dir="auto" />
          <Field
            type="select"
            name={nameOf(row, "gender")}
            label={t("gender")}
            placeholder={t("choose")}
            options={genders}
            stored={row.gender}
            onChange={(value) => update(row.key, "gender", value)}
          />
          <Field
            type="select"
            name={nameOf(row, "stakeholderTypeCode")}
            label={t("stakeholderType")}
            placeholder={t("choose")}
            options={stakeholderTypes}
            stored={row.stakeholderTypeCode}
            onChange={(value) => update(row.key, "stakeholderTypeCode", value)}
          />
          <Field
            type="select"
            name={nameOf(row, "attendance")}
            label={t("attendanceLabel")}
            placeholder={t("choose")}
            options={attendance}
            stored={row.attendance}
          />
          {rows.length > 1 && (
            <button type="button" onClick={() => remove(row.key)} className="self-end justify-self-start rounded border border-zinc-500 px-3 py-1.5 text-sm">
              {t("removeSpeaker", { n: n + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {rows.length < MAX_SPEAKERS && (
        <button type="button" onClick={add} className="self-start rounded border border-un-blue-dark px-3 py-1.5 text-sm font-semibold text-un-blue-dark">
          {t("addSpeaker")}
        </button>
      )}
      <section aria-labelledby="balance-title" className="rounded bg-zinc-100 p-3 text-sm">
        <h3 id="balance-title" className="font-semibold">
          {t("balanceTitle")}
        </h3>
        <p aria-live="polite">
          {t("balanceSummary", {
            total: rows.length,
            women: balance.byGender.FEMALE ?? 0,
            men: balance.byGender.MALE ?? 0,
            other: (balance.byGender.OTHER ?? 0) + (balance.byGender.UNDISCLOSED ?? 0),
            types: balance.distinctStakeholderTypes,
          })}
        </p>
        {balance.distinctStakeholderTypes > 0 && (
          <p>
            {Object.entries(balance.byStakeholderType)
              .map(([code, count]) => `${typeName(code)}: ${count}`)
              .join(" · ")}
          </p>
        )}
        {balance.womenPercent !== null && balance.womenPercent < 40 && <p className="font-medium text-amber-900">{t("balanceWomenHint")}</p>}
      </section>
    </fieldset>
  );
}
