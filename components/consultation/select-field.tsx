import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export interface Option {
  value: string;
  label: string;
}

const describedBy = (id: string, hint?: ReactNode) => [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");

function FieldShell({ id, label, hint, errors, children }: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-zinc-600">{hint}</p>}
      {children}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{errors?.join(" ")}</p>
    </div>
  );
}

/** A labelled select with its error message, wired like components/forms/field.tsx. */
export function SelectField({ id, label, hint, errors, options, placeholder, ...select }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: Option[];
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className="rounded border border-zinc-500 bg-white px-3 py-2 aria-[invalid]:border-red-700"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A labelled textarea with its error message. */
export function TextAreaField({ id, label, hint, errors, children, ...area }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children?: ReactNode;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className="min-h-24 rounded border border-zinc-500 px-3 py-2 aria-[invalid]:border-red-700"
        {...area}
      />
      {children}
    </FieldShell>
  );
}

/** The echoed value of a field after a failed action, else the stored one. */
export function echoed(values: Partial<Record<string, string | string[]>> | undefined, key: string, current: string | null | undefined = ""): string {
  const v = values?.[key];
  return typeof v === "string" ? v : (current ?? "");
}

/** The echoed list of a repeated field (checkbox groups), else the stored list. */
export function echoedList(values: Partial<Record<string, string | string[]>> | undefined, key: string, current: string[]): string[] {
  if (!values) return current;
  const v = values[key];
  return v === undefined ? [] : ([] as string[]).concat(v);
}
