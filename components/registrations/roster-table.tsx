import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import type { RosterLine } from "@/lib/registrations/roster";
import { formatGenevaDay } from "@/lib/time/format";

/** A confirmed delegation, member by member, with who has registered for the Forum (focal point and secretariat pages). */
export async function RosterTable({
  locale,
  memberState,
  roster,
  headingLevel = 3,
}: {
  locale: Locale;
  memberState: string;
  roster: RosterLine[];
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "DelegationRoster" });
  const H = `h${headingLevel}` as const;
  return (
    <>
      <H className="text-xl font-semibold">{t("title")}</H>
      {roster.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("caption", { memberState })}</caption>
            <TableHead columns={[t("member"), t("jobTitle"), t("email"), t("registration")]} />
            <tbody>
              {roster.map((m) => (
                <tr key={m.memberId} className="border-b border-zinc-200">
                  <th scope="row" className="p-2 text-start font-normal" dir="auto">
                    {m.name}
                    {m.isHead ? ` (${t("head")})` : ""}
                  </th>
                  <td className="p-2" dir="auto">
                    {m.title}
                  </td>
                  <td className="p-2" dir="ltr">
                    {m.email ?? "—"}
                  </td>
                  <td className="p-2">
                    {m.registration ? (
                      <StatusBadge locale={locale} of="ForumRegistrationStatus" status={m.registration.status} />
                    ) : m.invitedAt ? (
                      t("invitedOn", { day: formatGenevaDay(m.invitedAt, locale) })
                    ) : m.email ? (
                      t("notRegistered")
                    ) : (
                      t("noAddress")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
