import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { OwnSubmission } from "@/lib/submissions/queries";
import type { Option } from "@/components/forms/field";

/** A submission read-only (after its deadline, or once decided): text shown as text, never as HTML. */
export async function SubmissionView({ submission: s, locale, stakeholderTypes }: { submission: OwnSubmission; locale: Locale; stakeholderTypes: Option[] }) {
  const t = await getTranslations({ locale, namespace: "SubmissionPage" });
  const tw = await getTranslations({ locale, namespace: "WorkshopForm" });
  const typeName = (code: string) => stakeholderTypes.find((o) => o.value === code)?.label ?? code;
  return (
    <article className="flex flex-col gap-3" lang={s.language} dir="auto">
      {s.summary && <p className="whitespace-pre-wrap font-medium">{s.summary}</p>}
      {s.body && <div className="whitespace-pre-wrap">{s.body}</div>}
      {s.attachment && (
        <p lang={locale}>
          <a href={`/api/uploads/${s.attachment.id}`} className="text-un-blue-dark underline">
            {s.attachment.filename}
          </a>
        </p>
      )}
      {s.participants.length > 0 && (
        <section lang={locale}>
          <h2 className="text-lg font-semibold">{tw("speakers")}</h2>
          <ul className="list-disc ps-6">
            {s.participants.map((p) => (
              <li key={`${p.role}-${p.position}`}>
                {p.name}, {p.organisationName} ({typeName(p.stakeholderTypeCode)}){p.gender ? ` · ${tw(`genders.${p.gender}`)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.actionLines.length > 0 && <p lang={locale}>{t("actionLinesList", { list: s.actionLines.join(", ") })}</p>}
    </article>
  );
}
