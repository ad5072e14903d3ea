import "server-only";
import { createTranslator, type Messages as IntlMessages } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { GENEVA } from "@/lib/time/geneva";

/**
 * A translator for mail, outside any request: mail goes out in the recipient's language, not the
 * language of whoever caused it. Mail texts live in the "Mail" namespace of each area's messages.
 */
export async function mailTranslator(locale: Locale) {
  const messages = (await loadMessages(locale)) as IntlMessages;
  return createTranslator({ locale, messages, timeZone: GENEVA });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The HTML part of a mail from its plain-text paragraphs (blank-line separated); URLs become
 * links. Everything is escaped: names and titles in mail come from users.
 */
export function htmlFromText(text: string, locale: Locale): string {
  const dir = locale === "ar" ? "rtl" : "ltr";
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) =>
      escapeHtml(p)
        .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
        .replace(/\n/g, "<br>"),
    )
    .map((p) => `<p>${p}</p>`)
    .join("\n");
  return `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs}</body></html>`;
}
