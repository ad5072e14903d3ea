"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Form, type FormAction } from "@/components/forms/form";
import { DuplicateWarning, type DuplicateView } from "./duplicate-warning";
import { IntentButtons } from "./intent-buttons";

/** new: draft or submit; draft: the same on a saved draft; edit: a submitted item; resubmit: after revisions were requested */
export type FormMode = "new" | "draft" | "edit" | "resubmit";

/**
 * The frame of the stakeholder forms on the form kit: the fields, the near-duplicate warning
 * and the buttons (save as draft and submit, or save changes). A draft save and a failed
 * submit keep every field as the user left it (see components/forms/form.tsx).
 */
export function SubmissionForm({
  action,
  mode,
  duplicates = [],
  submitLabel,
  children,
}: {
  action: FormAction;
  mode: FormMode;
  duplicates?: DuplicateView[];
  submitLabel: string;
  children: ReactNode;
}) {
  const t = useTranslations("SubmissionForm");
  const buttons =
    mode === "new" || mode === "draft"
      ? [
          { intent: "draft" as const, label: t("saveDraft") },
          { intent: "submit" as const, label: submitLabel, primary: true },
        ]
      : [{ intent: "submit" as const, label: mode === "resubmit" ? t("resubmit") : t("saveChanges"), primary: true }];
  return (
    <Form action={action}>
      {children}
      <DuplicateWarning duplicates={duplicates} />
      <IntentButtons buttons={buttons} />
    </Form>
  );
}
