"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, useFormKit, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { STATEMENT_PDF_MAX_BYTES, STATEMENT_TEXT_MAX_CHARS, STATEMENT_WORD_LIMIT } from "@/lib/policy-statements/policy";
import { countWords } from "@/lib/text/words";

interface Props {
  initialText: string;
  language: string;
  currentFile: { filename: string; size: number } | null;
  readOnly: boolean;
}

/** The statement: text with its word count shown live, or a PDF (size checked before upload). */
export function StatementForm({ action, ...props }: Props & { action: FormAction }) {
  return (
    <Form action={action} id="statement-form" className="flex flex-col gap-4">
      <StatementFields {...props} />
    </Form>
  );
}

function StatementFields({ initialText, language, currentFile, readOnly }: Props) {
  const t = useTranslations("PolicyStatementForm");
  const tv = useTranslations("InvitationValidation");
  const { value, idOf } = useFormKit();
  const [text, setText] = useState(() => value("text", initialText));
  const [fileError, setFileError] = useState<string | null>(null);
  const words = countWords(text);
  const over = words - STATEMENT_WORD_LIMIT;
  return (
    <>
      <Field
        type="textarea"
        name="text"
        label={t("text")}
        stored={initialText}
        rows={12}
        lang={language}
        maxLength={STATEMENT_TEXT_MAX_CHARS}
        disabled={readOnly}
        onChange={setText}
        extra={
          <p
            id={`${idOf("text")}-words`}
            aria-live="polite"
            className={over > 0 ? "font-medium text-red-800" : "text-sm text-zinc-700"}
            data-testid="word-count"
          >
            {over > 0 ? t("wordsOver", { count: words, over, limit: STATEMENT_WORD_LIMIT }) : t("words", { count: words, limit: STATEMENT_WORD_LIMIT })}
          </p>
        }
      />
      {currentFile && (
        <div className="flex flex-col gap-1">
          <p>{t("currentFile", { filename: currentFile.filename, size: Math.ceil(currentFile.size / 1024) })}</p>
          {!readOnly && <Field type="checkbox" name="removeFile" value="true" label={t("removeFile")} />}
        </div>
      )}
      {!readOnly && (
        <div
          className="flex flex-col gap-1"
          onChange={(e) => {
            const input = e.target;
            if (!(input instanceof HTMLInputElement) || input.type !== "file") return;
            const file = input.files?.[0];
            // a body over the server's limit would fail before the action could answer
            const tooLarge = !!file && file.size > STATEMENT_PDF_MAX_BYTES;
            setFileError(tooLarge ? tv("fileTooLarge") : null);
            if (tooLarge) input.value = "";
          }}
        >
          <Field type="file" name="file" label={t("file")} accept="application/pdf,.pdf" />
          {fileError && (
            <p role="alert" className="text-sm text-red-700">
              {fileError}
            </p>
          )}
        </div>
      )}
      {!readOnly && <SubmitButton>{t("submit")}</SubmitButton>}
    </>
  );
}
