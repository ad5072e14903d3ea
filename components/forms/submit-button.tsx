"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ children, className }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={className ?? "self-start rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue disabled:opacity-60"}
    >
      {children}
    </button>
  );
}
