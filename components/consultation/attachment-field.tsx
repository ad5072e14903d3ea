"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ACCEPT_ATTRIBUTE, MAX_UPLOAD_BYTES } from "@/lib/uploads/policy";

/** The optional attachment: PDF or Word, size-limited (the server checks the content). */
export function AttachmentField({ current, errors }: { current: { id: string; filename: string; size: number } | null; errors?: string[] }) {
  const t = useTranslations("SubmissionForm");
  const tv = useTranslations("ConsultationValidation");
  // The server checks size and content; refusing an oversize file here spares sending it at all.
  const [tooLarge, setTooLarge] = useState(false);
  const shown = tooLarge ? [tv("fileTooLarge")] : errors;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="attachment" className="font-medium">{t("attachment")}</label>
      <p id="attachment-hint" className="text-sm text-zinc-600">{t("attachmentHint", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}</p>
      {current && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <a href={`/api/uploads/${current.id}`} className="text-un-blue-dark underline">{current.filename}</a>
          <span>({Math.ceil(current.size / 1024)} KB)</span>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="removeAttachment" />
            {t("removeAttachment")}
          </label>
        </div>
      )}
      <input
        id="attachment"
        name="attachment"
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={shown?.length ? true : undefined}
        aria-describedby="attachment-hint attachment-error"
        className="text-sm"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          const over = Boolean(file && file.size > MAX_UPLOAD_BYTES);
          if (over) e.currentTarget.value = "";
          setTooLarge(over);
        }}
      />
      <p id="attachment-error" aria-live="polite" className="text-sm text-red-700">{shown?.join(" ")}</p>
    </div>
  );
}
