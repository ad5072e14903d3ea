"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/plain-field";
import { speakerBalance } from "@/lib/submissions/balance";
import { MAX_SPEAKERS } from "@/lib/submissions/schemas/workshop";
import { SelectField, type Option } from "./select-field";

const GENDERS = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const;

interface Row {
  key: number;
  gender: string;
  stakeholderTypeCode: string;
}

/** Indices of the rows of a repeated group present in the values ("speakers.3.name" -> 3). */
export function rowIndices(values: Record<string, unknown>, prefix: string): number[] {
  const found = new Set<number>();
  for (const key of Object.keys(values)) {
    const m = key.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The speakers of a workshop, as many rows as needed, with the gender and stakeholder balance
 * recomputed as they are filled in (the same count the server keeps).
 */
export function SpeakersFieldset({ v, errors, stakeholderTypes, source }: {
  v: (key: string) => string;
  errors?: Partial<Record<string, string[]>>;
  stakeholderTypes: Option[];
  /** the echoed or stored values, to know how many rows there were */
  source: Record<string, unknown>;
}) {
  const t = useTranslations("WorkshopForm");
  const [rows, setRows] = useState<Row[]>(() => {
    const indices = rowIndices(source, "speakers");
    return (indices.length ? indices : [0]).map((i) => ({ key: i, gender: v(`speakers.${i}.gender`), stakeholderTypeCode: v(`speakers.${i}.stakeholderTypeCode`) }));
  });
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const balance = speakerBalance(rows.filter((r) => r.gender || r.stakeholderTypeCode));
  const typeName = (code: string) => stakeholderTypes.find((o) => o.value === code)?.label ?? code;
  const genders = GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }));
  const attendance = (["ON_SITE", "REMOTE"] as const).map((a) => ({ value: a, label: t(`attendance.${a}`) }));
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-zinc-300 p-4" aria-describedby="speakers-error">
      <legend className="px-1 font-semibold">{t("speakers")}</legend>
      {rows.map((row, n) => {
        const p = `speakers.${row.key}`;
        return (
          <fieldset key={row.key} className="grid grid-cols-1 gap-3 border-b border-zinc-200 pb-4 sm:grid-cols-2">
            <legend className="font-medium">{t("speakerN", { n: n + 1 })}</legend>
            <Field id={`${p}.name`} name={`${p}.name`} label={t("speakerName")} defaultValue={v(`${p}.name`)} errors={errors?.[`speakers.${n}.name`]} dir="auto" />
            <Field id={`${p}.organisationName`} name={`${p}.organisationName`} label={t("speakerOrganisation")} defaultValue={v(`${p}.organisationName`)} errors={errors?.[`speakers.${n}.organisationName`]} dir="auto" />
            <SelectField id={`${p}.gender`} name={`${p}.gender`} label={t("gender")} placeholder={t("choose")} options={genders} value={row.gender} onChange={(e) => update(row.key, { gender: e.currentTarget.value })} errors={errors?.[`speakers.${n}.gender`]} />
            <SelectField id={`${p}.stakeholderTypeCode`} name={`${p}.stakeholderTypeCode`} label={t("stakeholderType")} placeholder={t("choose")} options={stakeholderTypes} value={row.stakeholderTypeCode} onChange={(e) => update(row.key, { stakeholderTypeCode: e.currentTarget.value })} errors={errors?.[`speakers.${n}.stakeholderTypeCode`]} />
            <SelectField id={`${p}.attendance`} name={`${p}.attendance`} label={t("attendanceLabel")} placeholder={t("choose")} options={attendance} defaultValue={v(`${p}.attendance`)} errors={errors?.[`speakers.${n}.attendance`]} />
            {rows.length > 1 && (
              <button type="button" onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))} className="self-end justify-self-start rounded border border-zinc-500 px-3 py-1.5 text-sm">
                {t("removeSpeaker", { n: n + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {rows.length < MAX_SPEAKERS && (
        <button
          type="button"
          onClick={() => setRows((rs) => [...rs, { key: Math.max(-1, ...rs.map((r) => r.key)) + 1, gender: "", stakeholderTypeCode: "" }])}
          className="self-start rounded border border-un-blue-dark px-3 py-1.5 text-sm font-semibold text-un-blue-dark"
        >
          {t("addSpeaker")}
        </button>
      )}
      <p id="speakers-error" aria-live="polite" className="text-sm text-red-700">{errors?.speakers?.join(" ")}</p>
      <section aria-labelledby="balance-title" className="rounded bg-zinc-100 p-3 text-sm">
        <h3 id="balance-title" className="font-semibold">{t("balanceTitle")}</h3>
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
          <p>{Object.entries(balance.byStakeholderType).map(([code, count]) => `${typeName(code)}: ${count}`).join(" · ")}</p>
        )}
        {balance.womenPercent !== null && balance.womenPercent < 40 && <p className="font-medium text-amber-900">{t("balanceWomenHint")}</p>}
      </section>
    </fieldset>
  );
}
