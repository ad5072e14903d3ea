"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { idle, type FormState } from "@/lib/actions/form-state";
import { genderBalance } from "@/lib/invitations/policy";
import { ATTENDANCES, DELEGATION_MAX, EMAIL_MAX, GENDERS, NAME_MAX, TITLE_MAX } from "@/lib/invitations/schemas";

export interface MemberRow {
  key: number;
  name: string;
  title: string;
  gender: string;
  email: string;
  attendance: string;
}

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

let nextKey = 1000;
const emptyRow = (): MemberRow => ({ key: nextKey++, name: "", title: "", gender: "", email: "", attendance: "ON_SITE" });

/**
 * The delegation: the head first, then members. Rows are held in state (so nothing typed is lost
 * after an error) and the gender balance is shown as the delegate fills the form in.
 */
export function DelegationForm({ action, initial, confirmed, allowDraft, readOnly }: {
  action: Action;
  initial: Omit<MemberRow, "key">[];
  /** participation already confirmed: the button saves changes */
  confirmed: boolean;
  /** no reply submitted yet: a draft may be saved */
  allowDraft: boolean;
  readOnly: boolean;
}) {
  const t = useTranslations("InvitationRespond");
  const locale = useLocale();
  const tg = useTranslations("InvitationGender");
  const ta = useTranslations("InvitationAttendance");
  const [state, formAction, pending] = useActionState(action, idle);
  const [rows, setRows] = useState<MemberRow[]>(() => (initial.length ? initial.map((r, i) => ({ ...r, key: i })) : [emptyRow()]));
  const named = rows.filter((r) => r.name.trim() !== "");
  const balance = genderBalance(named.map((r) => ({ gender: r.gender as (typeof GENDERS)[number] | "" })));
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(balance.share);
  const errors = (i: number, f: string) => (state.status === "error" ? state.fieldErrors?.[`members.${i}.${f}`] : undefined);
  const update = (key: number, field: keyof MemberRow, value: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const input = "rounded border border-zinc-500 bg-white px-3 py-2 aria-[invalid]:border-red-700 disabled:bg-zinc-100";

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <p className="rounded border-s-4 border-un-blue bg-blue-50 px-3 py-2">{t("encouragement")}</p>
      <p role="status" aria-live="polite" className="font-medium" data-testid="gender-balance">
        {t("balance", { women: balance.women, total: balance.total, share })}
      </p>
      {state.status === "error" && state.fieldErrors?.members && <p role="alert" className="text-red-800">{state.fieldErrors.members.join(" ")}</p>}
      <ol className="flex flex-col gap-4">
        {rows.map((row, i) => {
          const id = (f: string) => `member-${i}-${f}`;
          const described = (f: string) => `${id(f)}-error`;
          return (
            <li key={row.key}>
              <fieldset className="grid gap-3 rounded border border-zinc-300 p-4 sm:grid-cols-2">
                <legend className="px-1 font-semibold">{i === 0 ? t("head") : t("member", { number: i + 1 })}</legend>
                {(["name", "title", "email"] as const).map((f) => (
                  <div key={f} className="flex flex-col gap-1">
                    <label htmlFor={id(f)} className="font-medium">{f === "name" ? t("name") : f === "title" ? t("memberTitle") : t("memberEmail")}</label>
                    <input
                      id={id(f)}
                      name={`members.${i}.${f}`}
                      type={f === "email" ? "email" : "text"}
                      dir={f === "email" ? "ltr" : "auto"}
                      maxLength={f === "email" ? EMAIL_MAX : f === "name" ? NAME_MAX : TITLE_MAX}
                      value={row[f]}
                      disabled={readOnly}
                      onChange={(e) => update(row.key, f, e.currentTarget.value)}
                      aria-invalid={errors(i, f)?.length ? true : undefined}
                      aria-describedby={described(f)}
                      className={input}
                    />
                    <p id={described(f)} aria-live="polite" className="text-sm text-red-700">{errors(i, f)?.join(" ")}</p>
                  </div>
                ))}
                <div className="flex flex-col gap-1">
                  <label htmlFor={id("gender")} className="font-medium">{t("gender")}</label>
                  <select id={id("gender")} name={`members.${i}.gender`} value={row.gender} disabled={readOnly}
                    onChange={(e) => update(row.key, "gender", e.currentTarget.value)}
                    aria-invalid={errors(i, "gender")?.length ? true : undefined} aria-describedby={described("gender")} className={input}>
                    <option value="">{t("choose")}</option>
                    {GENDERS.map((g) => <option key={g} value={g}>{tg(g)}</option>)}
                  </select>
                  <p id={described("gender")} aria-live="polite" className="text-sm text-red-700">{errors(i, "gender")?.join(" ")}</p>
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={id("attendance")} className="font-medium">{t("attendance")}</label>
                  <select id={id("attendance")} name={`members.${i}.attendance`} value={row.attendance} disabled={readOnly}
                    onChange={(e) => update(row.key, "attendance", e.currentTarget.value)} className={input}>
                    {ATTENDANCES.map((a) => <option key={a} value={a}>{ta(a)}</option>)}
                  </select>
                </div>
                {!readOnly && i > 0 && (
                  <button type="button" className="self-end justify-self-start rounded border border-zinc-500 px-3 py-1 text-sm"
                    onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
                    {t("removeMember", { number: i + 1 })}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="flex flex-wrap gap-3">
          {rows.length < DELEGATION_MAX && (
            <button type="button" className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold" onClick={() => setRows((rs) => [...rs, emptyRow()])}>
              {t("addMember")}
            </button>
          )}
          {allowDraft && (
            <button type="submit" name="intent" value="draft" disabled={pending} className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold disabled:opacity-60">
              {t("saveDraft")}
            </button>
          )}
          <button type="submit" name="intent" value="submit" disabled={pending} aria-busy={pending || undefined}
            className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60">
            {confirmed ? t("saveChanges") : t("submit")}
          </button>
        </div>
      )}
    </form>
  );
}
