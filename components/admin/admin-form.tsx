"use client";

import { useActionState, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export interface AdminOption {
  value: string;
  label: string;
}

/** A field of an admin form, described as data so server pages can pass it to this client form. */
export type AdminField =
  | {
      kind: "text" | "email" | "number" | "date" | "time" | "datetime-local" | "search";
      name: string;
      label: string;
      defaultValue?: string;
      required?: boolean;
      hint?: string;
      maxLength?: number;
      dir?: "ltr" | "rtl" | "auto";
    }
  | { kind: "textarea"; name: string; label: string; defaultValue?: string; required?: boolean; hint?: string; rows?: number; dir?: "ltr" | "rtl" | "auto" }
  | { kind: "select"; name: string; label: string; options: AdminOption[]; defaultValue?: string; required?: boolean; hint?: string; placeholder?: string }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean; hint?: string };

export interface AdminConfirm {
  /** the question shown before the action runs, e.g. "Decline 4 submissions?" */
  prompt: string;
  confirmLabel: string;
  cancelLabel: string;
}

const inputClass = "rounded border border-zinc-500 bg-white px-3 py-2 aria-[invalid]:border-red-700";

function echo(values: FormState["values"], name: string, fallback = ""): string {
  const v = values?.[name];
  return typeof v === "string" ? v : fallback;
}

/**
 * A secretariat form: fields as data, field errors beside each field, the values typed echoed back
 * after an error (React resets uncontrolled fields after an action), and an optional confirmation
 * step. The confirmation sends `confirmed=1`, which the server requires, so no script can skip it.
 * Inputs outside the form join it through their `form` attribute (bulk selection in a table).
 */
export function AdminForm({ id, action, fields, submitLabel, confirm, inline, children }: {
  id?: string;
  action: Action;
  fields: AdminField[];
  submitLabel: string;
  confirm?: AdminConfirm;
  /** fields on one line (filters, small forms in table rows) */
  inline?: boolean;
  children?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, idle);
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  const prefix = id ?? "f";

  return (
    <form
      id={id}
      ref={formRef}
      action={formAction}
      noValidate
      className={inline ? "flex flex-wrap items-end gap-3" : "flex max-w-2xl flex-col gap-4"}
      onSubmit={(event) => {
        if (!confirm) return;
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.getAttribute("name") === "confirmed") return;
        event.preventDefault();
        setAsking(true);
        requestAnimationFrame(() => confirmRef.current?.focus());
      }}
    >
      <FormMessage state={state} />
      {errors && Object.entries(errors).filter(([name]) => !fields.some((f) => f.name === name)).map(([name, messages]) => (
        <p key={name} role="alert" className="text-sm text-red-700">{messages?.join(" ")}</p>
      ))}
      {fields.map((field) => {
        const fid = `${prefix}-${field.name}`;
        const fieldErrors = errors?.[field.name];
        const describedBy = [field.hint ? `${fid}-hint` : null, `${fid}-error`].filter(Boolean).join(" ");
        const invalid = fieldErrors?.length ? true : undefined;
        if (field.kind === "checkbox") {
          const checked = values ? values[field.name] === "on" : field.defaultChecked;
          return (
            <div key={field.name} className="flex flex-col gap-1">
              <label htmlFor={fid} className="flex items-center gap-2">
                <input id={fid} type="checkbox" name={field.name} defaultChecked={checked} aria-describedby={describedBy} aria-invalid={invalid} />
                {field.label}
              </label>
              {field.hint && <p id={`${fid}-hint`} className="text-sm text-zinc-600">{field.hint}</p>}
              <p id={`${fid}-error`} aria-live="polite" className="text-sm text-red-700">{fieldErrors?.join(" ")}</p>
            </div>
          );
        }
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={fid} className="font-medium">{field.label}</label>
            {field.hint && <p id={`${fid}-hint`} className="text-sm text-zinc-600">{field.hint}</p>}
            {field.kind === "select" ? (
              <select id={fid} name={field.name} required={field.required} defaultValue={echo(values, field.name, field.defaultValue)} aria-invalid={invalid} aria-describedby={describedBy} className={inputClass}>
                {field.placeholder !== undefined && <option value="">{field.placeholder}</option>}
                {field.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            ) : field.kind === "textarea" ? (
              <textarea id={fid} name={field.name} required={field.required} rows={field.rows ?? 4} dir={field.dir} defaultValue={echo(values, field.name, field.defaultValue)} aria-invalid={invalid} aria-describedby={describedBy} className={inputClass} />
            ) : (
              <input id={fid} name={field.name} type={field.kind} required={field.required} maxLength={field.maxLength} dir={field.dir} defaultValue={echo(values, field.name, field.defaultValue)} aria-invalid={invalid} aria-describedby={describedBy} className={inputClass} />
            )}
            <p id={`${fid}-error`} aria-live="polite" className="text-sm text-red-700">{fieldErrors?.join(" ")}</p>
          </div>
        );
      })}
      {children}
      {asking && confirm ? (
        <div role="alertdialog" aria-labelledby={`${prefix}-confirm-prompt`} className="flex flex-col gap-3 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950">
          <p id={`${prefix}-confirm-prompt`} className="font-semibold">{confirm.prompt}</p>
          <div className="flex gap-3">
            <button ref={confirmRef} type="submit" name="confirmed" value="1" className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white" onClick={() => setTimeout(() => setAsking(false))}>
              {confirm.confirmLabel}
            </button>
            <button type="button" className="rounded border border-zinc-500 px-4 py-2" onClick={() => setAsking(false)}>{confirm.cancelLabel}</button>
          </div>
        </div>
      ) : (
        <SubmitButton>{submitLabel}</SubmitButton>
      )}
    </form>
  );
}
