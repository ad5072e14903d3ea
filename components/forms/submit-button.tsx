"use client";

import { useFormStatus } from "react-dom";

/** The submit button of a form: disabled and marked busy while its action runs. */
export function SubmitButton({ children, className, name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-busy={pending || undefined}
      className={className ?? "self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60"}
    >
      {children}
    </button>
  );
}
