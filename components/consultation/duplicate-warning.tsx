"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";

export interface DuplicateView {
  id: string;
  reference: string;
  title: string;
  organisationName: string | null;
}

/** Near-duplicates of a draft, shown before it is submitted, with the box to submit anyway. */
export function DuplicateWarning({ duplicates }: { duplicates: DuplicateView[] }) {
  const t = useTranslations("SubmissionForm");
  if (!duplicates.length) return null;
  return (
    <div role="alert" className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{t("duplicatesTitle")}</p>
      <ul className="list-disc ps-6">
        {duplicates.map((d) => (
          <li key={d.id}>
            <span dir="auto">“{d.title}”</span> ({d.reference}
            {d.organisationName ? `, ${d.organisationName}` : ""})
          </li>
        ))}
      </ul>
      <p>{t("duplicatesHelp")}</p>
      <Field type="checkbox" name="confirmDuplicates" label={t("duplicatesConfirm")} />
    </div>
  );
}
