import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { EditionPicker } from "@/components/admin/edition-picker";
import { stringParams } from "@/components/admin/query";
import { TableHead } from "@/components/admin/table";
import { requireSecretariat } from "@/lib/auth/session";
import { listEditionsForAdmin, pickAdminEdition } from "@/lib/editions/queries";
import { nativeNames } from "@/lib/i18n/locales";
import { asLocale } from "@/lib/i18n/params";
import { sendRemindersAction } from "@/lib/mail-admin/actions";
import { reminderMail } from "@/lib/mail-admin/emails";
import { listReminderRecipients } from "@/lib/mail-admin/queries";
import { reminderKinds, type ReminderKind } from "@/lib/mail-admin/schemas";
import { formatDeadline } from "@/lib/time/format";
import { genevaParts } from "@/lib/time/geneva";

export const metadata: Metadata = { robots: { index: false } };

export default async function RemindersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const secretariat = await requireSecretariat(locale, `/${locale}/admin/mail/reminders`);
  const query = stringParams(await searchParams);
  const kind: ReminderKind = (reminderKinds as readonly string[]).includes(query.kind ?? "") ? (query.kind as ReminderKind) : "invitations";
  const now = new Date();
  const [t, tc, editions, edition] = await Promise.all([
    getTranslations({ locale, namespace: "AdminMailbox" }),
    getTranslations({ locale, namespace: "AdminCommon" }),
    listEditionsForAdmin(secretariat, locale),
    pickAdminEdition(secretariat, locale, query.edition),
  ]);
  const recipients = edition ? await listReminderRecipients(secretariat, kind, edition.id, now) : [];
  // the preview is the first recipient's mail as they will receive it, in their language
  const preview = recipients[0] ? await reminderMail(kind, recipients[0]) : null;
  const p = genevaParts(now);
  const round = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("remindersTitle")}</h1>
      <p>{t("remindersIntro")}</p>
      <nav aria-label={t("kindLabel")}>
        <ul className="flex gap-4">
          {reminderKinds.map((k) => (
            <li key={k}>
              <a
                aria-current={k === kind ? "page" : undefined}
                className="underline aria-[current=page]:font-bold"
                href={`/${locale}/admin/mail/reminders?kind=${k}${edition ? `&edition=${edition.year}` : ""}`}
              >
                {t(`kinds.${k}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EditionPicker locale={locale} editions={editions} current={edition?.year} extra={{ kind }} />
      <h2 className="text-2xl font-semibold">{t("recipientsTitle", { count: recipients.length })}</h2>
      {recipients.length === 0 ? (
        <p>{t("nobody")}</p>
      ) : (
        <>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("recipientsTitle", { count: recipients.length })}</caption>
            <TableHead columns={[t("to"), t("language"), t("pending")]} />
            <tbody>
              {recipients.map((r) => (
                <tr key={r.key} className="border-b border-zinc-200 align-top">
                  <td className="p-2">
                    <span>{r.name}</span>
                    <br />
                    <span dir="ltr">{r.email}</span>
                  </td>
                  <td className="p-2">{nativeNames[r.language]}</td>
                  <td className="p-2">
                    <ul>
                      {r.items.map((i, n) => (
                        <li key={n}>
                          {i.label} — {formatDeadline(i.closesAt, locale).text}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview && (
            <section aria-labelledby="preview-title" className="flex flex-col gap-2 rounded border border-zinc-300 p-4">
              <h2 id="preview-title" className="text-xl font-semibold">
                {t("previewTitle", { to: preview.to })}
              </h2>
              <p lang={preview.language} dir={preview.language === "ar" ? "rtl" : "ltr"}>
                <strong>{preview.subject}</strong>
              </p>
              <pre lang={preview.language} dir={preview.language === "ar" ? "rtl" : "ltr"} className="whitespace-pre-wrap font-sans">
                {preview.text}
              </pre>
            </section>
          )}
          {edition && (
            <AdminForm
              id="send-reminders"
              action={sendRemindersAction.bind(null, locale, kind, edition.id)}
              submitLabel={t("send", { count: recipients.length })}
              fields={[{ kind: "text", name: "round", label: t("round"), hint: t("roundHint"), defaultValue: round, required: true, dir: "ltr" }]}
              confirm={{ prompt: t("sendConfirm", { count: recipients.length }), confirmLabel: tc("confirm"), cancelLabel: tc("cancel") }}
            />
          )}
        </>
      )}
    </section>
  );
}
