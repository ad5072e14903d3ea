"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Register in person or remotely; when the room is full, in person means the waiting list. */
export function MeetingRegistrationForm({ action, remoteAvailable, full }: { action: Action; remoteAvailable: boolean; full: boolean }) {
  const t = useTranslations("Meetings");
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const chosen = typeof state.values?.mode === "string" ? state.values.mode : "IN_PERSON";
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-zinc-300 p-4">
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-2" aria-describedby="mode-error">
        <legend className="font-semibold">{t("howAttend")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="IN_PERSON" defaultChecked={chosen === "IN_PERSON"} />
          {full ? t("inPersonWaitlist") : t("inPerson")}
        </label>
        {remoteAvailable && (
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="REMOTE" defaultChecked={chosen === "REMOTE"} />
            {t("remote")}
          </label>
        )}
        <p id="mode-error" aria-live="polite" className="text-sm text-red-700">{state.status === "error" ? state.fieldErrors?.mode?.join(" ") : null}</p>
      </fieldset>
      <SubmitButton>{t("register")}</SubmitButton>
    </form>
  );
}

export function CancelRegistrationForm({ action, label }: { action: Action; label: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <SubmitButton className="self-start rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">{label}</SubmitButton>
    </form>
  );
}
