"use client";

import { useState, type TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { countWords } from "@/lib/text/words";
import { TextAreaField } from "./select-field";

/** A textarea with its word count shown as the user types (the server enforces the same limit). */
export function WordCountTextarea({ id, label, hint, errors, maxWords, defaultValue, ...area }: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  maxWords: number;
  defaultValue: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "defaultValue">) {
  const t = useTranslations("SubmissionForm");
  const [count, setCount] = useState(() => countWords(defaultValue));
  const over = count > maxWords;
  return (
    <TextAreaField id={id} label={label} hint={hint} errors={errors} defaultValue={defaultValue} onChange={(e) => setCount(countWords(e.currentTarget.value))} {...area}>
      <p className={`text-sm ${over ? "font-semibold text-red-700" : "text-zinc-700"}`}>
        {t("wordCount", { count, max: maxWords })}
      </p>
      <p aria-live="polite" className="sr-only">{over ? t("tooManyWordsLive", { max: maxWords }) : ""}</p>
    </TextAreaField>
  );
}
