"use client";

import { useTranslations } from "next-intl";
import { CommandButton } from "@/components/forms/command-button";
import type { FormAction } from "@/components/forms/form";

/** Withdraw (or discard a draft), after a confirmation step with its box: a withdrawn submission cannot be restored. */
export function WithdrawForm({ action, isDraft }: { action: FormAction; isDraft: boolean }) {
  const t = useTranslations("SubmissionPage");
  const label = isDraft ? t("discard") : t("withdraw");
  return (
    <section aria-labelledby="withdraw-title" className="flex flex-col gap-3 rounded border border-red-300 p-4">
      <h2 id="withdraw-title" className="text-lg font-semibold">
        {isDraft ? t("discardTitle") : t("withdrawTitle")}
      </h2>
      <p>{isDraft ? t("discardHelp") : t("withdrawHelp")}</p>
      <CommandButton
        action={action}
        label={label}
        danger
        confirm={{
          prompt: isDraft ? t("discardTitle") : t("withdrawTitle"),
          confirmLabel: label,
          cancelLabel: t("keep"),
          acknowledge: { name: "acknowledged", label: t("withdrawConfirm") },
        }}
      />
    </section>
  );
}
