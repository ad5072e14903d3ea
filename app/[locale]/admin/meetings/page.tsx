import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollTable } from "@/components/ui/table";
import { requireSecretariat } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { listMeetingsForSecretariat } from "@/lib/meetings/queries";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminMeetingsPage({ params }: PageProps<"/[locale]/admin/meetings">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/meetings`);
  const [t, meetings] = await Promise.all([getTranslations({ locale, namespace: "ConsultationAdmin" }), listMeetingsForSecretariat(secretariat)]);
  return (
    <section className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold">{t("meetingsTitle")}</h1>
      <ScrollTable
        columns={[
          t("meeting"),
          t("edition"),
          t("when"),
          { label: t("inPerson"), end: true },
          { label: t("remote"), end: true },
          { label: t("waitlisted"), end: true },
        ]}
      >
        {meetings.map((m) => (
          <tr key={m.id} className="border-b border-zinc-200">
            <td className="p-2">
              <Link href={`/admin/meetings/${m.id}`} className="text-un-blue-dark underline">
                {localizeText(m.title, locale)}
              </Link>
            </td>
            <td className="p-2">{m.edition.year}</td>
            <td className="p-2">{formatGenevaDateTime(m.startsAt, locale)}</td>
            <td className="p-2 text-end">
              {m.counts.inPerson}
              {m.capacity !== null ? ` / ${m.capacity}` : ""}
            </td>
            <td className="p-2 text-end">{m.counts.remote}</td>
            <td className="p-2 text-end">{m.counts.waitlisted}</td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
