// A real SMTP server on loopback (smtp-server) that keeps every message, parsed with mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpCapture {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** the first message to `to` (already received or still to come) */
  waitFor(to: string, options?: { timeoutMs?: number; subject?: RegExp }): Promise<ParsedMail>;
  /** messages to `to` received so far */
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address?.toLowerCase() ?? "") ?? []);

export async function startSmtpCapture(options: { port?: number } = {}): Promise<SmtpCapture> {
  const messages: ParsedMail[] = [];
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          for (const l of listeners) l();
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const to = (address: string) => messages.filter((m) => recipients(m).includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    to,
    waitFor(address, { timeoutMs = 15_000, subject } = {}) {
      const find = () => to(address).find((m) => !subject || subject.test(m.subject ?? ""));
      const found = find();
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no mail to ${address} within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          const m = find();
          if (!m) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(m);
        };
        listeners.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text part (mail bodies are quoted-printable: never grep raw mail). */
export const firstLink = (mail: ParsedMail) => mail.text?.match(/https?:\/\/\S+/)?.[0];
