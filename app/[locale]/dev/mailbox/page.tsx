import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { listLocalMail, mayReadLocalMailbox } from "@/lib/email/mailbox";
import { asLocale } from "@/lib/i18n/params";
import { formatGenevaDateTime } from "@/lib/time/format";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Mail kept on this machine when no SMTP server is configured. Absent in production; shown only
 * to requests from this machine or to the secretariat (it holds everyone's sign-in links).
 */
export default async function MailboxPage({ params }: PageProps<"/[locale]/dev/mailbox">) {
  const locale = asLocale((await params).locale);
  const user = await getCurrentUser();
  if (!mayReadLocalMailbox({ headers: await headers(), role: user?.role ?? null })) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Mailbox" });
  const mail = await listLocalMail();
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {mail.length === 0 && <p>{t("empty")}</p>}
      <ol className="flex flex-col gap-4">
        {mail.map((m) => (
          <li key={m.file} className="rounded border border-zinc-300 p-4">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="font-semibold">{t("to")}</dt>
              <dd>{m.to}</dd>
              <dt className="font-semibold">{t("subject")}</dt>
              <dd>{m.subject}</dd>
              <dt className="font-semibold">{t("date")}</dt>
              <dd>{m.date ? formatGenevaDateTime(m.date, locale) : ""}</dd>
            </dl>
            <pre dir="auto" className="mt-3 whitespace-pre-wrap break-words font-sans">
              {m.text}
            </pre>
          </li>
        ))}
      </ol>
    </section>
  );
}
