// Data protection: passport data of visa-letter requests is kept only until a set number of days
// after the Forum, then erased (the privacy notice says so). One function serves the command
// (`npm run registrations:erase`), the secretariat's button and the tests, so it takes the Prisma
// client (or transaction) to work with instead of importing the application's: scripts open
// their own database. No "server-only" for the same reason.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { AuditAction, AuditEntityType } from "../audit/vocabulary.ts";
import { endOfGenevaDay } from "../time/geneva.ts";

type Client = Pick<PrismaClient, "forumEdition" | "visaLetterRequest" | "outboxAttachment" | "auditEntry">;

/** The file name of a visa letter, as mailed and downloaded (its reference is unique). */
export const visaLetterFilename = (referenceNumber: string) => `${referenceNumber}.pdf`;

/** Days after the Forum's last day (Geneva) that passport data is kept when nothing else is configured. */
export const DEFAULT_PASSPORT_RETENTION_DAYS = 30;

/** The instant after which an edition's passport data is erased: the end of its last day in Geneva, plus `days`. */
export function passportDataExpiresAt(endDate: Date, days: number): Date {
  return endOfGenevaDay(endDate.getUTCFullYear(), endDate.getUTCMonth() + 1, endDate.getUTCDate() + days);
}

/** The end of the Forum (its last day, in Geneva): before it no one may erase passport data by hand. */
export const forumEndedAt = (endDate: Date) => passportDataExpiresAt(endDate, 0);

/** The columns that hold passport data; `erasedAt` records when they were emptied. */
export const PASSPORT_FIELDS_ERASED = {
  nationality: null,
  passportNumber: null,
  passportExpiry: null,
  dateOfBirth: null,
  swissRepresentation: null,
} as const;

export interface ErasedEdition {
  editionId: string;
  year: number;
  erased: number;
}

/**
 * Empties the passport columns of every visa-letter request of one edition that still holds
 * them and deletes the stored copies of the letters mailed from them (outbox attachments), with
 * one audit entry for the edition (`registration.passport_data_erased`: how many, by whom, never
 * what). Returns how many requests were emptied. Idempotent.
 */
export async function erasePassportDataOfEdition(
  client: Client,
  edition: { id: string; year: number },
  options: { now: Date; actorId: string | null; reason: "retention" | "manual" },
): Promise<number> {
  // the letters mailed as attachments print the passport number: their stored copies go too
  const lettered = await client.visaLetterRequest.findMany({
    where: { erasedAt: null, referenceNumber: { not: null }, registration: { editionId: edition.id } },
    select: { referenceNumber: true },
  });
  if (lettered.length) {
    await client.outboxAttachment.deleteMany({ where: { filename: { in: lettered.map((r) => visaLetterFilename(r.referenceNumber!)) } } });
  }
  const { count } = await client.visaLetterRequest.updateMany({
    where: { erasedAt: null, registration: { editionId: edition.id } },
    data: { ...PASSPORT_FIELDS_ERASED, erasedAt: options.now },
  });
  if (count > 0) {
    await client.auditEntry.create({
      data: {
        actorId: options.actorId,
        action: "registration.passport_data_erased" satisfies AuditAction,
        entityType: "ForumEdition" satisfies AuditEntityType,
        entityId: edition.id,
        data: { year: edition.year, requests: count, reason: options.reason },
      },
    });
  }
  return count;
}

/**
 * The retention rule: every edition whose Forum ended more than `days` days ago (Geneva) has its
 * passport data erased. What the command runs; returns what it did, edition by edition.
 */
export async function eraseExpiredPassportData(client: Client, options: { now: Date; days: number; actorId?: string | null }): Promise<ErasedEdition[]> {
  const editions = await client.forumEdition.findMany({ orderBy: { year: "asc" }, select: { id: true, year: true, endDate: true } });
  const done: ErasedEdition[] = [];
  for (const edition of editions) {
    if (options.now.getTime() < passportDataExpiresAt(edition.endDate, options.days).getTime()) continue;
    const erased = await erasePassportDataOfEdition(client, edition, { now: options.now, actorId: options.actorId ?? null, reason: "retention" });
    done.push({ editionId: edition.id, year: edition.year, erased });
  }
  return done;
}
