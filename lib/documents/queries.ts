import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Language } from "@/lib/generated/prisma/enums";

const summarySelect = {
  slug: true,
  symbol: true,
  kind: true,
  date: true,
  addressees: true,
  subject: true,
  signatory: true,
  contact: true,
  edition: { select: { year: true } },
  versions: { select: { language: true, isOriginal: true }, orderBy: { language: "asc" } },
} as const;

/** The library: every document, newest first, with the languages it exists in. */
export const listDocuments = cache(async () => db.document.findMany({ orderBy: { date: "desc" }, select: summarySelect }));

export type DocumentSummary = Awaited<ReturnType<typeof listDocuments>>[number];

/** One document by its stable slug, or null. */
export const getDocument = cache(async (slug: string) => db.document.findUnique({ where: { slug }, select: summarySelect }));

/** The text of one language version, or null. */
export const getDocumentVersion = cache(async (slug: string, language: Language) =>
  db.documentVersion.findFirst({ where: { language, document: { slug } }, select: { language: true, isOriginal: true, body: true } }),
);

/** The contacts the letters name (name, e-mail, telephone, fax), one entry per person. */
export async function listSecretariatContacts() {
  const documents = await db.document.findMany({ orderBy: { date: "desc" }, select: { symbol: true, slug: true, contact: true } });
  const seen = new Set<string>();
  const contacts: { name: string; email: string; phone: string; fax?: string; symbol: string; slug: string }[] = [];
  for (const d of documents) {
    const c = d.contact as { name?: unknown; email?: unknown; phone?: unknown; fax?: unknown } | null;
    if (!c || typeof c.name !== "string" || typeof c.email !== "string" || typeof c.phone !== "string" || seen.has(c.name)) continue;
    seen.add(c.name);
    contacts.push({ name: c.name, email: c.email, phone: c.phone, fax: typeof c.fax === "string" ? c.fax : undefined, symbol: d.symbol, slug: d.slug });
  }
  return contacts;
}
