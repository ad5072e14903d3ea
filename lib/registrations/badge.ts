import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { enumLabeller } from "@/lib/i18n/enum-labels-server";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { formatCalendarRange } from "@/lib/time/format";
import { badgeTokenFor } from "./badge-key";
import { renderBadgePdf } from "./badge-pdf";
import { badgeQrDataUrl } from "./badge-qr";

// The participant's e-badge: shown on their page and as a PDF, only to them, once accredited.
// Remote participants get the edition's connection details instead of a badge.

const badgeSelect = {
  id: true,
  status: true,
  attendance: true,
  category: true,
  givenNames: true,
  familyName: true,
  photo: true,
  badgeCode: true,
  organisation: { select: { name: true } },
  edition: { select: { year: true, title: true, startDate: true, endDate: true, venue: true, remoteConnectionDetails: true } },
  visaLetter: { select: { id: true, status: true, statusReason: true, referenceNumber: true, erasedAt: true } },
} as const;

const loadOwn = (viewer: CurrentUser, year: number) => db.forumRegistration.findFirst({ where: { userId: viewer.id, edition: { year } }, select: badgeSelect });

export type OwnBadge =
  | { kind: "none" }
  | { kind: "pending"; visaLetter: VisaLetterSummary | null }
  | { kind: "remote"; eventTitle: string; connectionDetails: string | null; visaLetter: VisaLetterSummary | null }
  | {
      kind: "badge";
      eventTitle: string;
      fullName: string;
      organisation: string | null;
      category: string;
      photo: string | null;
      token: string;
      qr: string;
      visaLetter: VisaLetterSummary | null;
    };

export interface VisaLetterSummary {
  id: string;
  status: "REQUESTED" | "APPROVED" | "REJECTED";
  reason: string | null;
  referenceNumber: string | null;
  erased: boolean;
}

/** What the viewer's badge page of an edition shows. */
export async function getOwnBadge(viewer: CurrentUser, year: number, locale: Locale): Promise<OwnBadge> {
  const r = await loadOwn(viewer, year);
  if (!r || r.status === "CANCELLED") return { kind: "none" };
  const visaLetter = r.visaLetter
    ? {
        id: r.visaLetter.id,
        status: r.visaLetter.status,
        reason: r.visaLetter.statusReason,
        referenceNumber: r.visaLetter.referenceNumber,
        erased: r.visaLetter.erasedAt !== null,
      }
    : null;
  if (r.status !== "ACCREDITED" || !r.badgeCode) return { kind: "pending", visaLetter };
  const eventTitle = localizeText(r.edition.title, locale);
  if (r.attendance === "REMOTE") return { kind: "remote", eventTitle, connectionDetails: r.edition.remoteConnectionDetails, visaLetter };
  const label = await enumLabeller(locale);
  const token = badgeTokenFor(r.edition.year, r.badgeCode);
  return {
    kind: "badge",
    eventTitle,
    fullName: `${r.givenNames} ${r.familyName}`,
    organisation: r.organisation?.name ?? null,
    category: label("BadgeCategory", r.category),
    photo: r.photo ? `data:image/jpeg;base64,${Buffer.from(r.photo).toString("base64")}` : null,
    token,
    qr: await badgeQrDataUrl(token),
    visaLetter,
  };
}

/**
 * The viewer's badge as a PDF (English, with the category in English and French, as at the
 * venue), or null when they have none (not accredited, remote, not theirs). Audited.
 */
export async function renderOwnBadge(viewer: CurrentUser, year: number): Promise<{ pdf: Buffer; filename: string } | null> {
  const r = await loadOwn(viewer, year);
  if (!r || r.status !== "ACCREDITED" || !r.badgeCode || r.attendance !== "ON_SITE") return null;
  const [en, fr] = await Promise.all([enumLabeller("en"), enumLabeller("fr")]);
  const enCategory = en("BadgeCategory", r.category);
  const frCategory = fr("BadgeCategory", r.category);
  const pdf = await renderBadgePdf({
    eventTitle: localizeText(r.edition.title, "en"),
    eventLine: `${formatCalendarRange(r.edition.startDate, r.edition.endDate, "en")} · ${localizeText(r.edition.venue, "en")}`,
    fullName: `${r.givenNames} ${r.familyName}`,
    organisation: r.organisation?.name ?? "",
    category: r.category,
    categoryLabel: enCategory === frCategory ? enCategory : `${enCategory} · ${frCategory}`,
    photo: r.photo ? Buffer.from(r.photo) : null,
    token: badgeTokenFor(r.edition.year, r.badgeCode),
  });
  await db.$transaction((tx) => recordAuditEvent(tx, { actorId: viewer.id, action: "badge.downloaded", entity: { type: "ForumRegistration", id: r.id } }));
  return { pdf, filename: `wsis-forum-${r.edition.year}-badge.pdf` };
}

/** The id of the viewer's own visa letter request of an edition (for its download link). */
export async function ownVisaLetterId(viewer: CurrentUser, year: number): Promise<string | null> {
  const row = await db.visaLetterRequest.findFirst({ where: { registration: { userId: viewer.id, edition: { year } } }, select: { id: true } });
  return row?.id ?? null;
}
