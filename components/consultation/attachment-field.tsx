"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ChosenFileAgain } from "@/components/forms/chosen-file";
import { Field } from "@/components/forms/field";
import { useFormKit } from "@/components/forms/form";
import { ACCEPT_ATTRIBUTE, MAX_UPLOAD_BYTES } from "@/lib/uploads/policy";

/**
 * The optional attachment of the form kit: PDF or Word, size-limited (the server checks the
 * content). The chosen file stays chosen after a failed submit (the kit's form is not reset);
 * where the browser could not keep it (without JavaScript), the field says which file to choose again.
 */
export function AttachmentField({ current }: { current: { id: string; filename: string; size: number } | null }) {
  const t = useTranslations("SubmissionForm");
  const tv = useTranslations("ConsultationValidation");
  const { idOf, errorsOf } = useFormKit();
  // The server checks size and content; refusing an oversize file here spares sending it at all.
  const [tooLarge, setTooLarge] = useState(false);
  const id = idOf("attachment");
  const shown = tooLarge ? [tv("fileTooLarge")] : errorsOf("attachment");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t("attachment")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-zinc-600">
        {t("attachmentHint", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
      </p>
      {current && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <a href={`/api/uploads/${current.id}`} className="text-un-blue-dark underline">
            {current.filename}
          </a>
          <span>({Math.ceil(current.size / 1024)} KB)</span>
          <Field type="checkbox" name="removeAttachment" label={t("removeAttachment")} />
        </div>
      )}
      <input
        id={id}
        name="attachment"
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={shown?.length ? true : undefined}
        aria-describedby={`${id}-hint ${id}-again ${id}-error`}
        className="text-sm"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          const over = Boolean(file && file.size > MAX_UPLOAD_BYTES);
          if (over) e.currentTarget.value = "";
          setTooLarge(over);
        }}
      />
      <ChosenFileAgain name="attachment" inputId={id} />
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {shown?.join(" ")}
      </p>
    </div>
  );
}
