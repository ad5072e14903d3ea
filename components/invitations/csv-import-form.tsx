"use client";

import { useMemo, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Form, useFormKit, type FormAction } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { checkAddresseeCsv, type CsvContext } from "@/lib/invitations/csv-import";

/**
 * The CSV import: the file's text goes into a text area (read in the browser, or pasted), is
 * checked on the server ("preview": nothing saved, each row's check shown), and only then
 * imported; the server checks the rows again in the import's transaction.
 */
export function CsvImportForm({ action, context, messages }: { action: FormAction; context: CsvContext; messages: Record<string, string> }) {
  return (
    <Form action={action} className="flex flex-col gap-4">
      <CsvFields context={context} messages={messages} />
    </Form>
  );
}

function CsvFields({ context, messages }: { context: CsvContext; messages: Record<string, string> }) {
  const t = useTranslations("InvitationAdmin");
  const { state, idOf, value } = useFormKit();
  const file = useRef<HTMLInputElement>(null);
  // the rows of the CSV the server last checked
  const checked = state.status === "success" ? value("csv") : null;
  const preview = useMemo(() => (checked === null ? null : checkAddresseeCsv(checked, context)), [checked, context]);
  const valid = preview?.valid.length ?? 0;
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="csv-file" className="font-medium">
          {t("csvFile")}
        </label>
        <input
          ref={file}
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          className="max-w-md"
          onChange={async (e) => {
            const chosen = e.currentTarget.files?.[0];
            const text = document.getElementById(idOf("csv"));
            if (chosen && text instanceof HTMLTextAreaElement) text.value = await chosen.text();
          }}
        />
      </div>
      <Field type="textarea" name="csv" label={t("csvText")} hint={t("csvTextHint")} rows={8} dir="ltr" />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="preview" className="rounded border border-zinc-500 bg-white px-4 py-2 font-semibold">
          {t("preview")}
        </SubmitButton>
        {valid > 0 && (
          <SubmitButton name="intent" value="import" className="rounded bg-un-blue-dark px-4 py-2 font-semibold text-white hover:bg-un-blue">
            {t("importRows", { count: valid })}
          </SubmitButton>
        )}
      </div>
      {preview && preview.rows.length > 0 && (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-2">
          <h2 id="preview-heading" className="text-xl font-semibold">
            {t("previewTitle")}
          </h2>
          <div className="overflow-x-auto" tabIndex={0}>
            <table className="min-w-full text-start text-sm">
              <thead>
                <tr className="border-b border-zinc-300">
                  {[t("row"), t("country"), t("name"), t("addresseeTitle"), t("email"), t("language"), t("problems")].map((h) => (
                    <th key={h} scope="col" className="px-2 py-1 text-start">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row} className={`border-b border-zinc-200 ${r.errors.length ? "bg-red-50" : ""}`}>
                    <th scope="row" className="px-2 py-1 text-start">
                      {r.row}
                    </th>
                    <td className="px-2 py-1" dir="auto">
                      {r.raw.country}
                    </td>
                    <td className="px-2 py-1" dir="auto">
                      {r.raw.name}
                    </td>
                    <td className="px-2 py-1" dir="auto">
                      {r.raw.title}
                    </td>
                    <td className="px-2 py-1" dir="ltr">
                      {r.raw.email}
                    </td>
                    <td className="px-2 py-1">{r.raw.language}</td>
                    <td className="px-2 py-1 text-red-800">
                      {r.errors.length === 0 ? (
                        <span className="text-green-900">{t("rowOk")}</span>
                      ) : (
                        r.errors.map((e) => messages[e.message] ?? e.message).join(" ")
                      )}
                      {r.warnings.map((w) => (
                        <p key={w.message} className="text-amber-900">
                          {(messages[w.message] ?? w.message).replace("{symbols}", w.values.symbols)}
                        </p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
