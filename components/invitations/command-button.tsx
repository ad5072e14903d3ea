"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A one-button form (send, revoke, publish…) that shows its outcome next to the button. */
export function CommandButton({ action, label, name, value, tone = "primary" }: {
  action: Action;
  label: string;
  name?: string;
  value?: string;
  tone?: "primary" | "danger" | "plain";
}) {
  const [state, formAction] = useActionState(action, idle);
  const colours = {
    primary: "bg-un-blue-dark text-white hover:bg-un-blue",
    danger: "bg-red-800 text-white hover:bg-red-900",
    plain: "border border-zinc-500 bg-white text-zinc-900 hover:bg-zinc-100",
  }[tone];
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {name && <input type="hidden" name={name} value={value} />}
      <SubmitButton className={`rounded px-3 py-1 text-sm font-semibold disabled:opacity-60 ${colours}`}>{label}</SubmitButton>
      {state.status === "error" && <span role="alert" className="text-sm text-red-800">{state.message}</span>}
      {state.status === "success" && state.message && <span role="status" className="text-sm text-green-900">{state.message}</span>}
    </form>
  );
}
