import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";

export interface DelegationMemberView {
  name: string;
  title: string;
  gender: "FEMALE" | "MALE" | "OTHER" | "UNDISCLOSED";
  email: string | null;
  attendance: "ON_SITE" | "REMOTE";
  isHead: boolean;
}

/** A delegation as a read-only list (secretariat pages, receipt). */
export async function DelegationList({ members, locale }: { members: DelegationMemberView[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "InvitationRespond" });
  const label = await enumLabeller(locale);
  if (members.length === 0) return <p>{t("noMembers")}</p>;
  return (
    <ol className="list-decimal ps-6">
      {members.map((m, i) => (
        <li key={i}>
          <span dir="auto">{m.name}</span>, <span dir="auto">{m.title}</span> ({label("Gender", m.gender)}, {label("Attendance", m.attendance)})
          {m.email && (
            <>
              {" "}
              · <span dir="ltr">{m.email}</span>
            </>
          )}
          {m.isHead && <strong> · {t("head")}</strong>}
        </li>
      ))}
    </ol>
  );
}
