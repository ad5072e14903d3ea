"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";

/** A one-button form for a secretariat action (hide a post, close a topic), with its error. */
export function ActionButton({ action, label }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; label: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <SubmitButton className="self-start rounded border border-red-700 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">{label}</SubmitButton>
    </form>
  );
}
