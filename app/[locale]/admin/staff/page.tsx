import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { TableHead } from "@/components/admin/table";
import { requireSecretariat } from "@/lib/auth/session";
import { locales, nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { inviteStaffAction, removeStaffAction } from "@/lib/staff/actions";
import { listStaff } from "@/lib/staff/queries";
import { formatGenevaDay } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

export default async function StaffPage({ params, searchParams }: PageProps<"/[locale]/admin/staff">) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const me = await requireSecretariat(locale, `/${locale}/admin/staff`);
  const removedParam = (await searchParams).removed;
  const removed = typeof removedParam === "string" && /^\d{1,4}$/.test(removedParam) ? Number(removedParam) : null;
  const [t, tc, staff] = await Promise.all([
    getTranslations({ locale, namespace: "AdminStaff" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listStaff(me),
  ]);
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {removed !== null && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t("removed", { sessions: removed })}
        </p>
      )}
      <table className="w-full border-collapse text-sm">
        <caption className="text-start text-lg font-semibold">{t("members", { count: staff.length })}</caption>
        <TableHead columns={[t("email"), t("name"), t("since"), t("sessions"), tc("actions")]} />
        <tbody>
          {staff.map((s) => (
            <tr key={s.id} className="border-b border-zinc-200 align-top">
              <td className="p-2" dir="ltr">
                {s.email}
              </td>
              <td className="p-2">{s.name ?? ""}</td>
              <td className="p-2">{formatGenevaDay(s.since, locale)}</td>
              <td className="p-2">{s.activeSessions}</td>
              <td className="p-2">
                {s.id === me.id ? (
                  <span>{t("you")}</span>
                ) : (
                  <AdminForm
                    id={`remove-${s.id}`}
                    inline
                    action={removeStaffAction.bind(null, locale, s.id)}
                    fields={[]}
                    submitLabel={t("remove", { email: s.email })}
                    confirm={{ prompt: t("removeConfirm", { email: s.email }), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="text-2xl font-semibold">{t("inviteTitle")}</h2>
      <AdminForm
        id="invite-staff"
        action={inviteStaffAction.bind(null, locale)}
        submitLabel={t("invite")}
        fields={[
          { kind: "email", name: "email", label: t("email"), required: true, dir: "ltr" },
          { kind: "text", name: "name", label: t("name") },
          { kind: "select", name: "language", label: t("language"), defaultValue: locale, options: locales.map((l) => ({ value: l, label: nativeNames[l] })) },
        ]}
      />
    </section>
  );
}
