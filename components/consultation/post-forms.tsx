"use client";

import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { POST_MAX_LENGTH } from "@/lib/discussions/policy";

/** A plain-text post (new, reply or edit), or a report: one text area and a button. */
export function TextPostForm({
  action,
  id,
  name = "body",
  label,
  submitLabel,
  defaultValue = "",
  parentId,
  hint,
}: {
  action: FormAction;
  /** the form's id (its fields' ids derive from it: several post forms share a page) */
  id: string;
  name?: string;
  label: string;
  submitLabel: string;
  defaultValue?: string;
  parentId?: string;
  hint?: string;
}) {
  return (
    <Form action={action} id={id} className="flex flex-col gap-2">
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <Field type="textarea" name={name} label={label} hint={hint} rows={4} maxLength={POST_MAX_LENGTH} stored={defaultValue} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
