"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import type { ImportState } from "@/lib/invitations/action-types";

type Action = (prev: ImportState, formData: FormData) => Promise<ImportState>;

/**
 * The CSV import: the file's text goes into a text area (read in the browser, or pasted), is
 * checked on the server ("preview": nothing saved), and only then imported.
 */
export function CsvImportForm({ action, messages }: { action: Action; messages: Record<string, string> }) {
  const t = useTranslations("InvitationAdmin");
  const [state, formAction] = useActionState(action, { status: "idle" } as ImportState);
  const text = useRef<HTMLTextAreaElement>(null);
  const csv = typeof state.values?.csv === "string" ? state.values.csv : "";
  const preview = state.preview;
  const csvErrors = state.status === "error" ? state.fieldErrors?.csv : preview?.fileErrors.map((k) => messages[k] ?? k);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate key={csv.length + (preview ? "p" : "") + state.status}>
      <FormMessage state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor="csv-file" className="font-medium">{t("csvFile")}</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          className="max-w-md"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file && text.current) text.current.value = await file.text();
          }}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="csv-text" className="font-medium">{t("csvText")}</label>
        <p id="csv-text-hint" className="text-sm text-zinc-600">{t("csvTextHint")}</p>
        <textarea
          ref={text}
          id="csv-text"
          name="csv"
          rows={8}
          dir="ltr"
          defaultValue={csv}
          aria-invalid={csvErrors?.length ? true : undefined}
          aria-describedby="csv-text-hint csv-text-error"
          className="rounded border border-zinc-500 px-3 py-2 font-mono text-sm"
        />
        <p id="csv-text-error" aria-live="polite" className="text-sm text-red-700">{csvErrors?.join(" ")}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold">
          {t("preview")}
        </button>
        {preview && preview.valid > 0 && (
          <button type="submit" name="intent" value="import" className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue">
            {t("importRows", { count: preview.valid })}
          </button>
        )}
      </div>
      {preview && preview.rows.length > 0 && (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-2">
          <h2 id="preview-heading" className="text-xl font-semibold">{t("previewTitle")}</h2>
          <p role="status">{t("previewSummary", { valid: preview.valid, invalid: preview.invalid })}</p>
          <div className="overflow-x-auto" tabIndex={0}>
            <table className="min-w-full text-start text-sm">
              <thead>
                <tr className="border-b border-zinc-300">
                  {[t("row"), t("country"), t("name"), t("addresseeTitle"), t("email"), t("language"), t("problems")].map((h) => (
                    <th key={h} scope="col" className="px-2 py-1 text-start">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row} className={`border-b border-zinc-200 ${r.errors.length ? "bg-red-50" : ""}`}>
                    <th scope="row" className="px-2 py-1 text-start">{r.row}</th>
                    <td className="px-2 py-1" dir="auto">{r.raw.country}</td>
                    <td className="px-2 py-1" dir="auto">{r.raw.name}</td>
                    <td className="px-2 py-1" dir="auto">{r.raw.title}</td>
                    <td className="px-2 py-1" dir="ltr">{r.raw.email}</td>
                    <td className="px-2 py-1">{r.raw.language}</td>
                    <td className="px-2 py-1 text-red-800">
                      {r.errors.length === 0 ? <span className="text-green-900">{t("rowOk")}</span> : r.errors.map((e) => messages[e.message] ?? e.message).join(" ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </form>
  );
}
