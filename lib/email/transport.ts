import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface MailAttachment {
  /** the name the recipient sees; sanitised again by the mail library */
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[];
}

let transport: Transporter | undefined;

/**
 * With SMTP_URL, mail goes out over SMTP. Without it (development, the local demo) each message
 * is written as an .eml file under MAIL_DIR, readable in the local mailbox page.
 */
function getTransport(): Transporter {
  if (transport) return transport;
  const { SMTP_URL } = env();
  transport = SMTP_URL
    ? nodemailer.createTransport(SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transport;
}

/** Sends one message now; throws when the mail server refuses or cannot be reached. */
export async function sendMailNow(message: MailMessage, id: string): Promise<void> {
  const { SMTP_URL, MAIL_FROM, MAIL_DIR } = env();
  const info = await getTransport().sendMail({
    from: MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? undefined,
    attachments: message.attachments?.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
      contentDisposition: "attachment" as const,
    })),
    messageId: `<${id}@wsis-forum-portal>`,
  });
  if (!SMTP_URL) {
    await fs.mkdir(MAIL_DIR, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    await fs.writeFile(path.join(MAIL_DIR, `${stamp}-${id}.eml`), (info as unknown as { message: Buffer }).message);
  }
}
