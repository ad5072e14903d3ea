import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * A labelled input with its error message: aria-invalid and aria-describedby tie the message to
 * the field, and the message region is live so screen readers hear it.
 */
export function Field({ id, label, errors, hint, children, ...input }: {
  id: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-zinc-600">{hint}</p>}
      {children ?? (
        <input
          id={id}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="rounded border border-zinc-500 px-3 py-2 aria-[invalid]:border-red-700"
          {...input}
        />
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{errors?.join(" ")}</p>
    </div>
  );
}
