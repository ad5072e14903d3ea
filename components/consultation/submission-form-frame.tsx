"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import type { FormState } from "@/lib/actions/form-state";
import { DuplicateWarning, type DuplicateView } from "./duplicate-warning";
import { IntentButtons } from "./intent-buttons";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type Values = Partial<Record<string, string | string[]>>;

/** new: draft or submit; draft: the same on a saved draft; edit: a submitted item; resubmit: after revisions were requested */
export type FormMode = "new" | "draft" | "edit" | "resubmit";

export interface FieldContext {
  values: Values | undefined;
  errors: Partial<Record<string, string[]>> | undefined;
  /** the echoed value after an error, else the stored one */
  v: (key: string) => string;
  /** the echoed list after an error, else the stored one */
  list: (key: string) => string[];
}

/** The shared frame of the three stakeholder forms: state, message, duplicate warning, buttons. */
export function SubmissionFormFrame({ action, mode, initial, duplicates = [], submitLabel, children }: {
  action: Action;
  mode: FormMode;
  initial: Record<string, string | string[]>;
  duplicates?: DuplicateView[];
  submitLabel: string;
  children: (ctx: FieldContext) => ReactNode;
}) {
  const t = useTranslations("SubmissionForm");
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const values = state.values;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const v = (key: string) => {
    const echoed = values?.[key];
    if (typeof echoed === "string") return echoed;
    const stored = initial[key];
    return typeof stored === "string" ? stored : "";
  };
  const list = (key: string) => (values ? ([] as string[]).concat(values[key] ?? []) : ([] as string[]).concat(initial[key] ?? []));
  const buttons =
    mode === "new" || mode === "draft"
      ? [
          { intent: "draft" as const, label: t("saveDraft") },
          { intent: "submit" as const, label: submitLabel, primary: true },
        ]
      : [{ intent: "submit" as const, label: mode === "resubmit" ? t("resubmit") : t("saveChanges"), primary: true }];
  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {errors?._form && <p className="text-red-700">{errors._form.join(" ")}</p>}
      {children({ values, errors, v, list })}
      <DuplicateWarning duplicates={duplicates} />
      <IntentButtons buttons={buttons} />
    </form>
  );
}
