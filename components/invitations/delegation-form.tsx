"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, useFormKit, type FormAction } from "@/components/forms/form";
import { useRows } from "@/components/forms/rows";
import { SubmitButton } from "@/components/forms/submit-button";
import { genderBalance } from "@/lib/invitations/policy";
import { ATTENDANCES, DELEGATION_MAX, EMAIL_MAX, GENDERS, NAME_MAX, TITLE_MAX } from "@/lib/invitations/schemas";
import { useEnumLabel } from "@/lib/i18n/use-enum-label";

export interface MemberRow extends Record<string, string> {
  name: string;
  title: string;
  gender: string;
  email: string;
  attendance: string;
}

const blank = (): MemberRow => ({ name: "", title: "", gender: "", email: "", attendance: "ON_SITE" });

/**
 * The delegation: the head first, then members. Each row keeps its own key, so its errors stay
 * under it when another row is removed; the gender balance is shown as the delegate fills in.
 */
export function DelegationForm(props: {
  action: FormAction;
  initial: MemberRow[];
  /** participation already confirmed: the button saves changes */
  confirmed: boolean;
  /** no reply submitted yet: a draft may be saved */
  allowDraft: boolean;
  readOnly: boolean;
}) {
  return (
    <Form action={props.action} className="flex flex-col gap-4">
      <Members {...props} />
    </Form>
  );
}

function Members({ initial, confirmed, allowDraft, readOnly }: Omit<Parameters<typeof DelegationForm>[0], "action">) {
  const t = useTranslations("InvitationRespond");
  const label = useEnumLabel();
  const locale = useLocale();
  const { errorsOf, idOf, pending } = useFormKit();
  const { rows, nameOf, add, remove, update } = useRows("members", initial, blank, { min: 1 });
  const named = rows.filter((r) => r.name.trim() !== "");
  const balance = genderBalance(named.map((r) => ({ gender: r.gender as (typeof GENDERS)[number] | "" })));
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(balance.share);
  const groupErrors = errorsOf("members");

  return (
    <>
      <p className="rounded border-s-4 border-un-blue bg-blue-50 px-3 py-2">{t("encouragement")}</p>
      <p role="status" aria-live="polite" className="font-medium" data-testid="gender-balance">
        {t("balance", { women: balance.women, total: balance.total, share })}
      </p>
      {groupErrors && (
        <p id={idOf("members")} tabIndex={-1} className="text-red-800">
          {groupErrors.join(" ")}
        </p>
      )}
      <ol className="flex flex-col gap-4">
        {rows.map((row, i) => (
          <li key={row.key}>
            <fieldset className="grid gap-3 rounded border border-zinc-300 p-4 sm:grid-cols-2">
              <legend className="px-1 font-semibold">{i === 0 ? t("head") : t("member", { number: i + 1 })}</legend>
              <Field
                name={nameOf(row, "name")}
                label={t("name")}
                stored={row.name}
                maxLength={NAME_MAX}
                dir="auto"
                disabled={readOnly}
                onChange={(e) => update(row.key, "name", e.currentTarget.value)}
              />
              <Field name={nameOf(row, "title")} label={t("memberTitle")} stored={row.title} maxLength={TITLE_MAX} dir="auto" disabled={readOnly} />
              <Field name={nameOf(row, "email")} type="email" label={t("memberEmail")} stored={row.email} maxLength={EMAIL_MAX} dir="ltr" disabled={readOnly} />
              <Field
                name={nameOf(row, "gender")}
                type="select"
                label={t("gender")}
                stored={row.gender}
                placeholder={t("choose")}
                disabled={readOnly}
                options={GENDERS.map((g) => ({ value: g, label: label("Gender", g) }))}
                onChange={(value) => update(row.key, "gender", value)}
              />
              <Field
                name={nameOf(row, "attendance")}
                type="select"
                label={t("attendance")}
                stored={row.attendance}
                disabled={readOnly}
                options={ATTENDANCES.map((a) => ({ value: a, label: label("Attendance", a) }))}
              />
              {!readOnly && i > 0 && (
                <button type="button" className="self-end justify-self-start rounded border border-zinc-500 px-3 py-1 text-sm" onClick={() => remove(row.key)}>
                  {t("removeMember", { number: i + 1 })}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="flex flex-wrap gap-3">
          {rows.length < DELEGATION_MAX && (
            <button type="button" className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold" onClick={add}>
              {t("addMember")}
            </button>
          )}
          {allowDraft && (
            <button
              type="submit"
              name="intent"
              value="draft"
              disabled={pending}
              className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold disabled:opacity-60"
            >
              {t("saveDraft")}
            </button>
          )}
          <SubmitButton name="intent" value="submit">
            {confirmed ? t("saveChanges") : t("submit")}
          </SubmitButton>
        </div>
      )}
    </>
  );
}
