"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { useFormKit } from "@/components/forms/form";
import { countWords } from "@/lib/text/words";

/** A text area of the form kit with its word count shown as the user types (the server enforces the same limit). */
export function WordCountField({
  name,
  label,
  hint,
  stored,
  maxWords,
  rows,
  required,
}: {
  name: string;
  label: string;
  hint?: string;
  stored?: string | null;
  maxWords: number;
  rows?: number;
  required?: boolean;
}) {
  const t = useTranslations("SubmissionForm");
  const { value } = useFormKit();
  const [count, setCount] = useState(() => countWords(value(name, stored)));
  const over = count > maxWords;
  return (
    <Field
      type="textarea"
      name={name}
      label={label}
      hint={hint}
      stored={stored}
      rows={rows}
      required={required}
      onChange={(text) => setCount(countWords(text))}
      extra={
        <>
          <p className={`text-sm ${over ? "font-semibold text-red-700" : "text-zinc-700"}`}>{t("wordCount", { count, max: maxWords })}</p>
          <p aria-live="polite" className="sr-only">
            {over ? t("tooManyWordsLive", { max: maxWords }) : ""}
          </p>
        </>
      }
    />
  );
}
