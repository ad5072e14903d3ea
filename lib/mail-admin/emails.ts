import "server-only";
import { env } from "@/lib/env";
import type { OutgoingMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { formatDeadline } from "@/lib/time/format";
import type { ReminderRecipient } from "./queries";
import type { ReminderKind } from "./schemas";

/** A reminder in the recipient's language, listing what they still have to do and by when. */
export async function reminderMail(kind: ReminderKind, r: ReminderRecipient): Promise<Omit<OutgoingMail, "dedupeKey">> {
  const t = await mailTranslator(r.language);
  const base = `${env().APP_URL}/${r.language}`;
  const list = r.items.map((i) => `- ${i.label}: ${formatDeadline(i.closesAt, r.language).text}${i.href ? `\n  ${base}${i.href}` : ""}`).join("\n");
  const key = kind === "invitations" ? "invitationReminder" : "draftReminder";
  const text = t(`AdminMail.${key}.body`, { name: r.name, list, signIn: `${base}/sign-in` });
  return {
    to: r.email,
    language: r.language,
    template: `reminder.${kind}`,
    subject: t(`AdminMail.${key}.subject`),
    text,
    html: htmlFromText(text, r.language),
  };
}
