import "server-only";
import { badgeQrPng } from "./badge-qr";
import { renderPdf } from "./pdf-document";
import { drawLine } from "./pdf-text";

/** What a printed badge shows (an accredited participant attending on site). */
export interface BadgeContent {
  /** "WSIS Forum 2027" */
  eventTitle: string;
  /** "12–16 May 2027 · CICG, Geneva" */
  eventLine: string;
  fullName: string;
  organisation: string;
  /** the category's value (DELEGATE, SPEAKER, …): chooses the colour of the band */
  category: string;
  /** the category as printed, in the languages of the badge ("Delegate · Délégué") */
  categoryLabel: string;
  /** the processed badge photo (JPEG or PNG), or null */
  photo: Buffer | null;
  /** the signed badge token (badge-token.ts), encoded in the QR code and printed under it */
  token: string;
}

// One colour per category, as badges at UN meetings are told apart from a distance; white text on
// each has a contrast of at least 7:1.
const bandColours: Record<string, string> = {
  DELEGATE: "#1d3f8f",
  SPEAKER: "#9b1c1c",
  PARTICIPANT: "#14532d",
  MEDIA: "#7c2d12",
  SECRETARIAT: "#4c1d95",
};
const defaultBand = "#1f2937";

const W = 297.64; // A6 portrait, in points
const H = 419.53;
const M = 18;

/** The badge as an A6 PDF: band with the event, photo, name, organisation, QR code, category band. */
export function renderBadgePdf(badge: BadgeContent): Promise<Buffer> {
  return renderPdf({ size: "A6", title: `${badge.eventTitle} — ${badge.fullName}`, language: "en" }, async (doc) => {
    const band = bandColours[badge.category] ?? defaultBand;
    doc.rect(0, 0, W, 62).fill(band);
    drawLine(doc, badge.eventTitle, { x: M, y: 14, width: W - 2 * M, size: 17, align: "center", color: "#ffffff", direction: "ltr" });
    drawLine(doc, badge.eventLine, { x: M, y: 38, width: W - 2 * M, size: 9, align: "center", color: "#ffffff", direction: "ltr" });

    const photo = { w: 92, h: 115, y: 72 };
    const photoX = (W - photo.w) / 2;
    if (badge.photo) doc.image(badge.photo, photoX, photo.y, { fit: [photo.w, photo.h], align: "center", valign: "center" });
    doc.rect(photoX, photo.y, photo.w, photo.h).lineWidth(0.75).stroke("#6b7280");

    drawLine(doc, badge.fullName, { x: M, y: 196, width: W - 2 * M, size: 17, minSize: 9, align: "center" });
    drawLine(doc, badge.organisation, { x: M, y: 222, width: W - 2 * M, size: 10.5, minSize: 6, align: "center", color: "#374151" });

    const qr = 104;
    doc.image(await badgeQrPng(badge.token), (W - qr) / 2, 244, { width: qr, height: qr });
    drawLine(doc, badge.token, { x: M, y: 350, width: W - 2 * M, size: 6, minSize: 4, align: "center", color: "#4b5563", direction: "ltr" });

    doc.rect(0, H - 52, W, 52).fill(band);
    drawLine(doc, badge.categoryLabel, { x: M, y: H - 36, width: W - 2 * M, size: 18, minSize: 9, align: "center", color: "#ffffff", direction: "ltr" });
  });
}
