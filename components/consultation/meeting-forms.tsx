"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

/** Register in person or remotely; when the room is full, in person means the waiting list. */
export function MeetingRegistrationForm({ action, remoteAvailable, full }: { action: FormAction; remoteAvailable: boolean; full: boolean }) {
  const t = useTranslations("Meetings");
  const modes = [{ value: "IN_PERSON", label: full ? t("inPersonWaitlist") : t("inPerson") }, ...(remoteAvailable ? [{ value: "REMOTE", label: t("remote") }] : [])];
  return (
    <Form action={action} className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
      <Field type="radio" name="mode" label={t("howAttend")} options={modes} stored="IN_PERSON" />
      <SubmitButton>{t("register")}</SubmitButton>
    </Form>
  );
}
