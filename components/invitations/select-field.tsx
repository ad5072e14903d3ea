import type { ReactNode, SelectHTMLAttributes } from "react";

/** A labelled select with its error message, wired like components/forms/field.tsx. */
export function SelectField({ id, label, errors, options, placeholder, ...select }: {
  id: string;
  label: ReactNode;
  errors?: string[];
  options: { value: string; label: string }[];
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className="rounded border border-zinc-500 bg-white px-3 py-2 aria-[invalid]:border-red-700"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{errors?.join(" ")}</p>
    </div>
  );
}
