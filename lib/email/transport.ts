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
 * How long the portal waits for the relay, unless SMTP_URL's own query says otherwise (nodemailer
 * reads its options from the URL's query: `?socketTimeout=60000`). They bound a relay that stops
 * answering; nodemailer's own are 2 minutes to connect, 30 s for the greeting and 10 minutes of
 * silence, during which an outbox round would hold every message it claimed. A new connection per
 * message, as nodemailer does by default: its pool requeues a message itself when a connection
 * closes mid-send, a second retry beside the outbox's, which may deliver it twice.
 */
const relayDefaults = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "20000" };

/** SMTP_URL with the portal's defaults for what its query leaves out. */
export function relayUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(relayDefaults)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * With SMTP_URL, mail goes out over SMTP. Without it (development, the local demo) each message
 * is written as an .eml file under MAIL_DIR, readable in the local mailbox page.
 */
function getTransport(): Transporter {
  if (transport) return transport;
  const { SMTP_URL } = env();
  // (options must travel in the URL: given a URL, nodemailer takes its second argument as the
  // messages' defaults, not the connection's)
  transport = SMTP_URL ? nodemailer.createTransport(relayUrl(SMTP_URL)) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
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
