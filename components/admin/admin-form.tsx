"use client";

import { useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { Form, useFormKit, type FormAction } from "@/components/forms/form";

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

/** One field described as data, drawn by the kit's one Field (which reads its id, errors and echoed value from the Form). */
function AdminFieldView({ field }: { field: AdminField }) {
  if (field.kind === "checkbox") return <Field type="checkbox" name={field.name} label={field.label} hint={field.hint} stored={field.defaultChecked} />;
  if (field.kind === "select") {
    return (
      <Field
        type="select"
        name={field.name}
        label={field.label}
        hint={field.hint}
        required={field.required}
        stored={field.defaultValue}
        options={field.options}
        placeholder={field.placeholder}
      />
    );
  }
  if (field.kind === "textarea") {
    return (
      <Field
        type="textarea"
        name={field.name}
        label={field.label}
        hint={field.hint}
        required={field.required}
        stored={field.defaultValue}
        rows={field.rows ?? 4}
        dir={field.dir}
      />
    );
  }
  return (
    <Field
      type={field.kind}
      name={field.name}
      label={field.label}
      hint={field.hint}
      required={field.required}
      stored={field.defaultValue}
      maxLength={field.maxLength}
      dir={field.dir}
    />
  );
}

const primary = "rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60";

/** The submit button, busy while the Form's own transition runs. */
function Submit({
  children,
  name,
  value,
  onClick,
  buttonRef,
}: {
  children: React.ReactNode;
  name?: string;
  value?: string;
  onClick?: () => void;
  buttonRef?: React.Ref<HTMLButtonElement>;
}) {
  const { pending } = useFormKit();
  return (
    <button
      ref={buttonRef}
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-busy={pending || undefined}
      onClick={onClick}
      className={`self-start ${primary}`}
    >
      {children}
    </button>
  );
}

/**
 * A secretariat form on the form kit: fields as data (for server pages), each drawn by `Field`
 * inside `Form`, so nothing chosen or typed is lost after an error (the select of a decision
 * keeps "Request revisions"), every error sits under its field and is summed up at the top.
 * An optional confirmation step sends `confirmed=1`, which the server requires, so no script can
 * skip it. Inputs outside the form join it through their `form` attribute (bulk selection in a
 * table).
 */
export function AdminForm({
  id,
  action,
  fields,
  submitLabel,
  confirm,
  inline,
  children,
}: {
  id?: string;
  action: FormAction;
  fields: AdminField[];
  submitLabel: string;
  confirm?: AdminConfirm;
  /** fields on one line (filters, small forms in table rows) */
  inline?: boolean;
  children?: React.ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const prefix = id ?? "f";

  return (
    <Form
      id={id}
      action={action}
      className={inline ? "flex flex-wrap items-end gap-3" : "flex max-w-2xl flex-col gap-4"}
      onConfirmRequired={(submitter) => {
        if (!confirm || submitter?.getAttribute("name") === "confirmed") return true;
        setAsking(true);
        requestAnimationFrame(() => confirmRef.current?.focus());
        return false;
      }}
    >
      {fields.map((field) => (
        <AdminFieldView key={field.name} field={field} />
      ))}
      {children}
      {asking && confirm ? (
        <div
          role="alertdialog"
          aria-labelledby={`${prefix}-confirm-prompt`}
          className="flex flex-col gap-3 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950"
        >
          <p id={`${prefix}-confirm-prompt`} className="font-semibold">
            {confirm.prompt}
          </p>
          <div className="flex gap-3">
            <Submit buttonRef={confirmRef} name="confirmed" value="1" onClick={() => setTimeout(() => setAsking(false))}>
              {confirm.confirmLabel}
            </Submit>
            <button type="button" className="rounded border border-zinc-500 px-4 py-2" onClick={() => setAsking(false)}>
              {confirm.cancelLabel}
            </button>
          </div>
        </div>
      ) : (
        <Submit>{submitLabel}</Submit>
      )}
    </Form>
  );
}
