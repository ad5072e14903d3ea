import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { env } from "@/lib/env";

/**
 * The local mailbox exists only where mail is kept on the machine (no SMTP_URL) and the portal
 * runs as a local demo or in development: never in production.
 */
export function localMailboxEnabled(): boolean {
  const e = env();
  return !e.SMTP_URL && (e.NODE_ENV !== "production" || e.LOCAL_DEMO);
}

export interface MailboxEntry {
  file: string;
  to: string;
  subject: string;
  date: Date | null;
  text: string;
}

export async function listLocalMail(limit = 50): Promise<MailboxEntry[]> {
  const dir = env().MAIL_DIR;
  const files = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort().reverse().slice(0, limit);
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await fs.readFile(path.join(dir, file)));
      const to = [mail.to].flat().map((a) => a?.text ?? "").join(", ");
      return { file, to, subject: mail.subject ?? "", date: mail.date ?? null, text: mail.text ?? "" };
    }),
  );
}
