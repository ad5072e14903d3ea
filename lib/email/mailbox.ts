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

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 ("::ffff:127.0.0.1"). */
export function isLoopbackAddress(address: string): boolean {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)) return true;
  return a === "::1" || a === "0:0:0:0:0:0:0:1";
}

/**
 * Whether the request came from this machine. Next puts the socket's address in
 * X-Forwarded-For when the client sent none, and a reverse proxy appends the address it saw:
 * every address listed (and X-Real-IP, if set) must be loopback, so a request relayed from
 * elsewhere never counts. A client that reaches the server directly can write these headers
 * itself, which is why `npm start` and `npm run dev` listen on loopback only while the local
 * mailbox is on (scripts/start.ts).
 */
export function isLoopbackRequest(headers: Headers): boolean {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const realIp = headers.get("x-real-ip");
  if (realIp) hops.push(realIp);
  return hops.length > 0 && hops.every(isLoopbackAddress);
}

/**
 * Who may read the local mailbox (it holds everyone's sign-in links): only where it exists, and
 * then a request from this machine or a signed-in secretariat member. Everyone else gets a 404.
 */
export function mayReadLocalMailbox(request: { headers: Headers; role: string | null }): boolean {
  return localMailboxEnabled() && (request.role === "SECRETARIAT" || isLoopbackRequest(request.headers));
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
  const files = (await fs.readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await fs.readFile(path.join(dir, file)));
      const to = [mail.to]
        .flat()
        .map((a) => a?.text ?? "")
        .join(", ");
      return { file, to, subject: mail.subject ?? "", date: mail.date ?? null, text: mail.text ?? "" };
    }),
  );
}
