"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";

/** Withdraw, with an explicit confirmation box (a withdrawn submission cannot be restored). */
export function WithdrawForm({ action, isDraft }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; isDraft: boolean }) {
  const t = useTranslations("SubmissionPage");
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-red-300 p-4">
      <h2 className="text-lg font-semibold">{isDraft ? t("discardTitle") : t("withdrawTitle")}</h2>
      <FormMessage state={state} />
      <p>{isDraft ? t("discardHelp") : t("withdrawHelp")}</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" required />
        {t("withdrawConfirm")}
      </label>
      <SubmitButton className="self-start rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
        {isDraft ? t("discard") : t("withdraw")}
      </SubmitButton>
    </form>
  );
}
