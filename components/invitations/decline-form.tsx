"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { REASON_MAX } from "@/lib/invitations/schemas";

/** Declining the invitation, with an optional reason. */
export function DeclineForm({ action, stored, submitLabel }: { action: FormAction; stored: string; submitLabel: string }) {
  const t = useTranslations("InvitationRespond");
  return (
    <Form action={action} className="flex max-w-2xl flex-col gap-4">
      <Field type="textarea" name="reason" label={t("declineReason")} stored={stored} maxLength={REASON_MAX} rows={4} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
