"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";

/** Register in person or remotely; when the room is full, in person means the waiting list. */
export function MeetingRegistrationForm({ action, remoteAvailable, full }: { action: FormAction; remoteAvailable: boolean; full: boolean }) {
  const t = useTranslations("Meetings");
  const modes = [
    { value: "IN_PERSON", label: full ? t("inPersonWaitlist") : t("inPerson") },
    ...(remoteAvailable ? [{ value: "REMOTE", label: t("remote") }] : []),
  ];
  return (
    <Form action={action} className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
      {/* no preselection: how one attends is the user's choice, which the server requires */}
      <Field type="radio" name="mode" label={t("howAttend")} options={modes} required />
      <SubmitButton>{t("register")}</SubmitButton>
    </Form>
  );
}

/**
 * Changes how a registered participant attends, in place: one button for the other mode. When
 * the room is full, changing to in person means the waiting list, and the button says so first.
 */
export function ChangeMeetingModeForm({ action, mode, full }: { action: FormAction; mode: "IN_PERSON" | "REMOTE"; full: boolean }) {
  const t = useTranslations("Meetings");
  const to = mode === "REMOTE" ? "IN_PERSON" : "REMOTE";
  return (
    <Form action={action} className="flex flex-col gap-2" aria-label={t("changeMode")}>
      <input type="hidden" name="mode" value={to} />
      {to === "IN_PERSON" && full && <p className="text-sm">{t("toInPersonFull")}</p>}
      <SubmitButton className="self-start rounded border border-un-blue-dark bg-white px-4 py-2 font-semibold text-un-blue-dark hover:bg-zinc-50 disabled:opacity-60">
        {to === "REMOTE" ? t("toRemote") : t("toInPerson")}
      </SubmitButton>
    </Form>
  );
}
