"use client";

import { useLayoutEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useFormKit } from "./form";

/**
 * Under a file input after a failed submit: the file chosen, to choose again, when the browser
 * no longer holds it (the page came back rendered anew, as without JavaScript: a browser never
 * refills a file input). While the input still holds its file (the kit's own submit keeps it),
 * it says nothing. Always rendered, so the input can name it in aria-describedby.
 */
export function ChosenFileAgain({ name, inputId }: { name: string; inputId: string }) {
  const { state } = useFormKit();
  const t = useTranslations("Form");
  const file = state.status === "error" ? state.files?.[name] : undefined;
  const [kept, setKept] = useState(false);
  useLayoutEffect(() => {
    const input = document.getElementById(inputId);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- what the browser holds is known only after rendering
    setKept(input instanceof HTMLInputElement && (input.files?.length ?? 0) > 0);
  }, [state, inputId]);
  return (
    <p id={`${inputId}-again`} className="text-sm font-medium text-amber-900">
      {file && !kept ? t("chooseFileAgain", { file }) : null}
    </p>
  );
}
