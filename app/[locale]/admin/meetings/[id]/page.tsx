import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollTable } from "@/components/ui/table";
import { requireSecretariat } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localizeText } from "@/lib/i18n/localized";
import { asLocale } from "@/lib/i18n/params";
import { getMeetingRegistrations } from "@/lib/meetings/queries";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminMeetingPage({ params }: PageProps<"/[locale]/admin/meetings/[id]">) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/meetings/${id}`);
  const data = await getMeetingRegistrations(secretariat, id);
  if (!data) notFound();
  const [t, tm] = await Promise.all([getTranslations({ locale, namespace: "ConsultationAdmin" }), getTranslations({ locale, namespace: "MyConsultation" })]);
  return (
    <section className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href="/admin/meetings" className="text-un-blue-dark underline">
          {t("meetingsTitle")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{localizeText(data.meeting.title, locale)}</h1>
      <p>
        {formatGenevaDateTime(data.meeting.startsAt, locale)} · {data.meeting.edition.year}
      </p>
      <ScrollTable
        columns={[t("participant"), t("organisation"), t("status"), t("registeredAt")]}
        caption={t("registrations", { count: data.registrations.length })}
      >
        {data.registrations.map((r) => (
          <tr key={r.id} className="border-b border-zinc-200">
            <td className="p-2">
              {r.user.name ?? ""} &lt;{r.user.email}&gt;
            </td>
            <td className="p-2">{r.user.organisation?.name ?? ""}</td>
            <td className="p-2">{tm(`registration.${r.status}`, { mode: r.mode })}</td>
            <td className="p-2">{formatGenevaDateTime(r.createdAt, locale)}</td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
