"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { POST_MAX_LENGTH } from "@/lib/discussions/policy";
import { TextAreaField } from "./select-field";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A plain-text post (new, reply or edit), or a report: one textarea and a button. */
export function TextPostForm({ action, id, name = "body", label, submitLabel, defaultValue = "", parentId, hint }: {
  action: Action;
  id: string;
  name?: string;
  label: string;
  submitLabel: string;
  defaultValue?: string;
  parentId?: string;
  hint?: string;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const echoed = state.values?.[name];
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <TextAreaField
        id={id}
        name={name}
        label={label}
        hint={hint}
        rows={4}
        maxLength={POST_MAX_LENGTH}
        dir="auto"
        defaultValue={typeof echoed === "string" ? echoed : defaultValue}
        errors={state.status === "error" ? state.fieldErrors?.[name] : undefined}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
