import "server-only";
import crypto from "node:crypto";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { CurrentUser, Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VisaLetterStatus } from "@/lib/generated/prisma/enums";
import { localizeText } from "@/lib/i18n/localized";
import { genevaDayOf } from "./check-in";
import { enqueueVisaLetterMail } from "./visa-letter-emails";
import { renderVisaLetterPdf, type LetterLanguage } from "./visa-letter-pdf";
import { visaLetterFilename } from "./erase";

// The secretariat's visa letter queue: a request made with a registration is approved (the letter
// is generated, its reference set, and it is mailed to the participant as a PDF attachment) or
// rejected with a reason. The letter is only for an accredited registration whose passport data
// has not been erased; it is downloadable by its owner and the secretariat, nobody else.

const requestSelect = {
  id: true,
  status: true,
  statusReason: true,
  letterLanguage: true,
  nationality: true,
  passportNumber: true,
  passportExpiry: true,
  dateOfBirth: true,
  swissRepresentation: true,
  referenceNumber: true,
  approvedAt: true,
  erasedAt: true,
  updatedAt: true,
  registration: {
    select: {
      id: true,
      userId: true,
      status: true,
      givenNames: true,
      familyName: true,
      jobTitle: true,
      locale: true,
      organisation: { select: { name: true } },
      user: { select: { email: true } },
      edition: { select: { year: true, title: true, startDate: true, endDate: true, venue: true } },
    },
  },
} satisfies Prisma.VisaLetterRequestSelect;
type RequestRow = Prisma.VisaLetterRequestGetPayload<{ select: typeof requestSelect }>;

const language = (row: RequestRow): LetterLanguage => (row.letterLanguage === "FR" ? "fr" : "en");

/** "Saudi Arabia" / "Arabie saoudite" for an ISO 3166-1 code, in the letter's language. */
const countryName = (code: string, lang: LetterLanguage) => new Intl.DisplayNames([lang === "fr" ? "fr-CH" : "en-GB"], { type: "region" }).of(code) ?? code;

/** A reference nobody can guess or count on: WSIS2027-VL- and 8 letters or digits without look-alikes. */
export function newReferenceNumber(year: number): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.randomBytes(8);
  return `WSIS${year}-VL-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("")}`;
}

/** The letter of an approved request, as a PDF (from the stored data, so the same letter every time). */
function letterOf(row: RequestRow, referenceNumber: string, issuedOn: Date): Promise<Buffer> {
  const r = row.registration;
  const lang = language(row);
  if (!row.passportNumber || !row.passportExpiry || !row.dateOfBirth || !row.nationality || !row.swissRepresentation) throw new DomainError("INVALID_STATE");
  return renderVisaLetterPdf({
    language: lang,
    referenceNumber,
    issuedOn,
    eventTitle: localizeText(r.edition.title, lang),
    eventStart: r.edition.startDate,
    eventEnd: r.edition.endDate,
    venue: localizeText(r.edition.venue, lang),
    fullName: `${r.givenNames} ${r.familyName}`,
    title: r.jobTitle,
    organisation: r.organisation?.name ?? "—",
    nationality: countryName(row.nationality, lang),
    dateOfBirth: row.dateOfBirth,
    passportNumber: row.passportNumber,
    passportExpiry: row.passportExpiry,
    swissRepresentation: row.swissRepresentation,
  });
}

export { visaLetterFilename };

/**
 * Approves a request: sets its reference, generates the letter and mails it as an attachment, in
 * one transaction with the audit entry. Only a REQUESTED letter of an ACCREDITED registration
 * whose passport data is still there; the change is conditional on the request being unchanged
 * since the letter was drawn, so an edit made meanwhile is never approved unseen.
 */
export async function approveVisaLetter({ actor, requestId, now }: { actor: Secretariat; requestId: string; now: Date }) {
  const row = await db.visaLetterRequest.findUnique({ where: { id: requestId }, select: requestSelect });
  if (!row) throw new DomainError("NOT_FOUND");
  if (row.status !== "REQUESTED" || row.erasedAt || row.registration.status !== "ACCREDITED") throw new DomainError("INVALID_STATE");
  const referenceNumber = newReferenceNumber(row.registration.edition.year);
  const issuedOn = genevaDayOf(now);
  const pdf = await letterOf(row, referenceNumber, issuedOn);
  await db.$transaction(async (tx) => {
    const changed = await tx.visaLetterRequest.updateMany({
      where: { id: requestId, status: "REQUESTED", erasedAt: null, updatedAt: row.updatedAt, registration: { status: "ACCREDITED" } },
      data: { status: "APPROVED", referenceNumber, approvedAt: now, decidedById: actor.id, statusReason: null },
    });
    if (changed.count !== 1) throw new DomainError("INVALID_STATE");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "visa_letter.approved",
      entity: { type: "VisaLetterRequest", id: requestId },
      data: { referenceNumber },
    });
    await enqueueVisaLetterMail(tx, {
      event: "approved",
      requestId,
      to: row.registration.user.email,
      locale: row.registration.locale,
      year: row.registration.edition.year,
      name: `${row.registration.givenNames} ${row.registration.familyName}`,
      referenceNumber,
      attachment: { filename: visaLetterFilename(referenceNumber), contentType: "application/pdf", content: pdf },
    });
  });
  return { referenceNumber };
}

/** Rejects a request with a reason the participant reads (mailed). */
export async function rejectVisaLetter({ actor, requestId, reason, now }: { actor: Secretariat; requestId: string; reason: string; now: Date }) {
  await db.$transaction(async (tx) => {
    const row = await tx.visaLetterRequest.findUnique({ where: { id: requestId }, select: requestSelect });
    if (!row) throw new DomainError("NOT_FOUND");
    const changed = await tx.visaLetterRequest.updateMany({
      where: { id: requestId, status: "REQUESTED" },
      data: { status: "REJECTED", statusReason: reason, decidedById: actor.id },
    });
    if (changed.count !== 1) throw new DomainError("INVALID_STATE");
    await recordAuditEvent(tx, { actorId: actor.id, action: "visa_letter.rejected", entity: { type: "VisaLetterRequest", id: requestId }, data: { reason } });
    await enqueueVisaLetterMail(tx, {
      event: "rejected",
      requestId,
      to: row.registration.user.email,
      locale: row.registration.locale,
      year: row.registration.edition.year,
      name: `${row.registration.givenNames} ${row.registration.familyName}`,
      reason,
      at: now,
    });
  });
}

/**
 * The approved letter for its owner or the secretariat (anyone else: null, as for no letter), as a
 * PDF with its file name. The download is audited.
 */
export async function downloadVisaLetter(viewer: CurrentUser, requestId: string): Promise<{ filename: string; pdf: Buffer } | null> {
  const row = await db.visaLetterRequest.findUnique({ where: { id: requestId }, select: requestSelect });
  if (!row || (row.registration.userId !== viewer.id && viewer.role !== "SECRETARIAT")) return null;
  if (row.status !== "APPROVED" || !row.referenceNumber || !row.approvedAt || row.erasedAt) return null;
  const pdf = await letterOf(row, row.referenceNumber, genevaDayOf(row.approvedAt));
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actorId: viewer.id, action: "visa_letter.downloaded", entity: { type: "VisaLetterRequest", id: requestId } }),
  );
  return { filename: visaLetterFilename(row.referenceNumber), pdf };
}

export interface VisaLetterQueueRow {
  id: string;
  status: VisaLetterStatus;
  statusReason: string | null;
  letterLanguage: "EN" | "FR";
  referenceNumber: string | null;
  registrationStatus: string;
  fullName: string;
  email: string;
  organisation: string | null;
  nationality: string | null;
  passportNumber: string | null;
  passportExpiry: Date | null;
  dateOfBirth: Date | null;
  swissRepresentation: string | null;
  erased: boolean;
}

/** The queue of an edition (passport data: the secretariat only), requests waiting first. */
export async function listVisaLetterRequests(_actor: Secretariat, year: number, status?: VisaLetterStatus): Promise<VisaLetterQueueRow[]> {
  const rows = await db.visaLetterRequest.findMany({
    where: { registration: { edition: { year } }, ...(status ? { status } : {}) },
    select: requestSelect,
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    statusReason: row.statusReason,
    letterLanguage: row.letterLanguage,
    referenceNumber: row.referenceNumber,
    registrationStatus: row.registration.status,
    fullName: `${row.registration.givenNames} ${row.registration.familyName}`,
    email: row.registration.user.email,
    organisation: row.registration.organisation?.name ?? null,
    nationality: row.nationality,
    passportNumber: row.passportNumber,
    passportExpiry: row.passportExpiry,
    dateOfBirth: row.dateOfBirth,
    swissRepresentation: row.swissRepresentation,
    erased: row.erasedAt !== null,
  }));
}
