"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/plain-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";
import { SelectField } from "./select-field";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "date" | "textarea" | "select";
  hint?: string;
  options?: { value: string; label: string }[];
  placeholder?: string;
  required?: boolean;
  maxLength?: number;
  defaultValue?: string;
  autoComplete?: string;
  dir?: "auto" | "ltr" | "rtl";
}

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form of plain fields bound to a server action: field errors next to each field, the outcome
 * at the top, and what was typed kept after an error (React resets uncontrolled fields).
 */
export function ActionForm({ action, fields, submitLabel, idPrefix }: { action: Action; fields: FieldSpec[]; submitLabel: string; idPrefix: string }) {
  const [state, formAction] = useActionState(action, idle);
  const errors = (name: string) => (state.status === "error" ? state.fieldErrors?.[name] : undefined);
  const value = (f: FieldSpec) => {
    const echoed = state.status === "error" ? state.values?.[f.name] : undefined;
    return typeof echoed === "string" ? echoed : (f.defaultValue ?? "");
  };
  // a successful save shows the stored values again (the form is re-rendered with a new key)
  const key = state.status === "success" ? JSON.stringify(state) : "form";
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4" noValidate key={key}>
      <FormMessage state={state} />
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        if (f.type === "select") {
          return (
            <SelectField key={f.name} id={id} name={f.name} label={f.label} options={f.options ?? []} placeholder={f.placeholder}
              required={f.required} defaultValue={value(f)} errors={errors(f.name)} />
          );
        }
        if (f.type === "textarea") {
          return (
            <Field key={f.name} id={id} label={f.label} hint={f.hint} errors={errors(f.name)}>
              <textarea id={id} name={f.name} rows={4} maxLength={f.maxLength} defaultValue={value(f)} dir={f.dir}
                aria-invalid={errors(f.name)?.length ? true : undefined} aria-describedby={`${f.hint ? `${id}-hint ` : ""}${id}-error`}
                className="rounded border border-zinc-500 px-3 py-2 aria-[invalid]:border-red-700" />
            </Field>
          );
        }
        return (
          <Field key={f.name} id={id} name={f.name} type={f.type ?? "text"} label={f.label} hint={f.hint} required={f.required}
            maxLength={f.maxLength} autoComplete={f.autoComplete} dir={f.dir} defaultValue={value(f)} errors={errors(f.name)} />
        );
      })}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
