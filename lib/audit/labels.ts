import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Audit actions in words, in the reader's language (messages `AuditAction.<subject>.<verb>`, one
 * for every action of lib/audit/vocabulary.ts: a unit test holds the six languages to it). An
 * entry of an action no longer in the vocabulary reads as its code.
 */
export async function auditActionLabeller(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "AuditAction" });
  return (action: string) => (t.has(action as never) ? t(action as never) : action);
}
