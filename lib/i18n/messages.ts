// Messages live in lib/i18n/messages/<area>.<locale>.json, one file per area of the portal and
// language, so each area's strings are edited in one place. Every top-level key is a namespace.
// tests/unit/i18n/messages.test.ts fails when a key is missing or extra in any language.
import type { Locale } from "./locales";

export const messageAreas = ["core", "public", "invitations", "consultation", "admin", "security", "enums", "registration"] as const;
export type MessageArea = (typeof messageAreas)[number];

type Messages = Record<string, unknown>;

async function loadArea(area: MessageArea, locale: Locale): Promise<Messages> {
  return (await import(`./messages/${area}.${locale}.json`)).default as Messages;
}

/** All namespaces of one language, merged. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(messageAreas.map((area) => loadArea(area, locale)));
  return Object.assign({}, ...parts);
}
