"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idle, type FormState } from "@/lib/actions/form-state";
import { STATEMENT_PDF_MAX_BYTES, STATEMENT_TEXT_MAX_CHARS, STATEMENT_WORD_LIMIT } from "@/lib/policy-statements/policy";
import { countWords } from "@/lib/text/words";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** The statement: text with its word count shown live, or a PDF (size checked before upload). */
export function StatementForm({ action, initialText, language, currentFile, readOnly }: {
  action: Action;
  initialText: string;
  language: string;
  currentFile: { filename: string; size: number } | null;
  readOnly: boolean;
}) {
  const t = useTranslations("PolicyStatementForm");
  const tv = useTranslations("InvitationValidation");
  const [state, formAction] = useActionState(action, idle);
  const [text, setText] = useState(initialText);
  const [fileError, setFileError] = useState<string | null>(null);
  const words = countWords(text);
  const over = words - STATEMENT_WORD_LIMIT;
  const errors = (f: string) => (state.status === "error" ? state.fieldErrors?.[f] : undefined);
  const textErrors = errors("text");
  const fileErrors = fileError ? [fileError] : errors("file");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor="statement-text" className="font-medium">{t("text")}</label>
        <textarea
          id="statement-text"
          name="text"
          rows={12}
          lang={language}
          dir="auto"
          maxLength={STATEMENT_TEXT_MAX_CHARS}
          value={text}
          readOnly={readOnly}
          onChange={(e) => setText(e.currentTarget.value)}
          aria-invalid={textErrors?.length || over > 0 ? true : undefined}
          aria-describedby="statement-words statement-text-error"
          className="rounded border border-zinc-500 px-3 py-2 aria-[invalid]:border-red-700"
        />
        <p id="statement-words" aria-live="polite" className={over > 0 ? "font-medium text-red-800" : "text-sm text-zinc-700"} data-testid="word-count">
          {over > 0 ? t("wordsOver", { count: words, over, limit: STATEMENT_WORD_LIMIT }) : t("words", { count: words, limit: STATEMENT_WORD_LIMIT })}
        </p>
        <p id="statement-text-error" aria-live="polite" className="text-sm text-red-700">{textErrors?.join(" ")}</p>
      </div>
      {currentFile && (
        <div className="flex flex-col gap-1">
          <p>{t("currentFile", { filename: currentFile.filename, size: Math.ceil(currentFile.size / 1024) })}</p>
          {!readOnly && (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="removeFile" value="true" />
              {t("removeFile")}
            </label>
          )}
        </div>
      )}
      {!readOnly && (
        <div className="flex flex-col gap-1">
          <label htmlFor="statement-file" className="font-medium">{t("file")}</label>
          <input
            id="statement-file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby="statement-file-error"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // a body over the server's limit would fail before the action could answer
              const tooLarge = !!file && file.size > STATEMENT_PDF_MAX_BYTES;
              setFileError(tooLarge ? tv("fileTooLarge") : null);
              if (tooLarge) e.currentTarget.value = "";
            }}
          />
          <p id="statement-file-error" aria-live="polite" className="text-sm text-red-700">{fileErrors?.join(" ")}</p>
        </div>
      )}
      {!readOnly && <SubmitButton>{t("submit")}</SubmitButton>}
    </form>
  );
}
