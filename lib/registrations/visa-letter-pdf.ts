import "server-only";
import { renderPdf, type Pdf } from "./pdf-document";
import { drawLine, faceFor, selectFont } from "./pdf-text";

// The visa support letter: in English or French, the languages the Swiss authorities read. The
// letter's own sentences are fixed texts below (a document, not the portal's interface); the
// participant's data (name, organisation, nationality…) may be in any script and is drawn line by
// line by pdf-text.ts.

export type LetterLanguage = "en" | "fr";

export interface VisaLetterContent {
  language: LetterLanguage;
  referenceNumber: string;
  /** the day the letter is issued (approval), as a calendar day */
  issuedOn: Date;
  /** "WSIS Forum 2027" */
  eventTitle: string;
  eventStart: Date;
  eventEnd: Date;
  /** "Centre International de Conférences Genève (CICG), Geneva, Switzerland" */
  venue: string;
  fullName: string;
  title: string | null;
  organisation: string;
  nationality: string;
  dateOfBirth: Date;
  passportNumber: string;
  passportExpiry: Date;
  /** the Swiss embassy or consulate where the visa is requested */
  swissRepresentation: string;
}

const texts = {
  en: {
    sender: ["International Telecommunication Union", "WSIS Forum Secretariat", "Place des Nations, 1211 Geneva 20, Switzerland"],
    place: "Geneva",
    reference: "Our ref.",
    to: "To:",
    subject: (event: string) => `Subject: Visa support letter, ${event}`,
    salutation: "Dear Sir or Madam,",
    body: (event: string, start: string, end: string, venue: string) => [
      `The Secretariat of the World Summit on the Information Society (WSIS) Forum confirms that the person named below has registered for and been accredited to ${event}, to be held at ${venue} from ${start} to ${end}.`,
    ],
    fields: {
      name: "Name (as in passport)",
      title: "Title",
      organisation: "Organisation",
      nationality: "Nationality",
      dateOfBirth: "Date of birth",
      passport: "Passport number",
      expiry: "Passport valid until",
    },
    closing: [
      "We would be grateful for any assistance you can extend in issuing the visa required for this purpose.",
      "This letter does not commit the International Telecommunication Union to any financial obligation: travel, accommodation and subsistence are the participant's responsibility. It is not an invitation to stay in Switzerland beyond the dates of the Forum.",
      "Yours faithfully,",
    ],
    signature: ["WSIS Forum Secretariat", "International Telecommunication Union"],
    footer: (ref: string) =>
      `Reference ${ref}. The authenticity of this letter can be confirmed with the WSIS Forum Secretariat (wsis-info@itu.int) by quoting its reference.`,
  },
  fr: {
    sender: ["Union internationale des télécommunications", "Secrétariat du Forum du SMSI", "Place des Nations, 1211 Genève 20, Suisse"],
    place: "Genève",
    reference: "Notre réf.",
    to: "À l’attention de :",
    subject: (event: string) => `Objet : lettre de soutien à une demande de visa, ${event}`,
    salutation: "Madame, Monsieur,",
    body: (event: string, start: string, end: string, venue: string) => [
      `Le Secrétariat du Forum du Sommet mondial sur la société de l’information (SMSI) confirme que la personne désignée ci-dessous s’est inscrite au ${event} et y a été accréditée. Le Forum se tiendra du ${start} au ${end} (${venue}).`,
    ],
    fields: {
      name: "Nom (tel qu’il figure dans le passeport)",
      title: "Fonction",
      organisation: "Organisation",
      nationality: "Nationalité",
      dateOfBirth: "Date de naissance",
      passport: "Numéro de passeport",
      expiry: "Passeport valable jusqu’au",
    },
    closing: [
      "Nous vous serions reconnaissants de bien vouloir faciliter la délivrance du visa nécessaire à cet effet.",
      "La présente lettre n’engage l’Union internationale des télécommunications à aucune obligation financière : les frais de voyage, d’hébergement et de séjour sont à la charge du participant. Elle ne vaut pas invitation à séjourner en Suisse au-delà des dates du Forum.",
      "Veuillez agréer, Madame, Monsieur, l’expression de notre considération distinguée.",
    ],
    signature: ["Secrétariat du Forum du SMSI", "Union internationale des télécommunications"],
    footer: (ref: string) =>
      `Référence ${ref}. L’authenticité de la présente lettre peut être vérifiée auprès du Secrétariat du Forum du SMSI (wsis-info@itu.int) en indiquant sa référence.`,
  },
} as const;

const day = (language: LetterLanguage, date: Date) =>
  new Intl.DateTimeFormat(language === "fr" ? "fr-CH" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);

const W = 595.28; // A4, in points
const H = 841.89;
const M = 64;

/** Latin paragraphs of the letter itself (wrapped by pdfkit), inside the structure tree. */
function paragraph(doc: Pdf, text: string, y: number, options: { size?: number; color?: string } = {}): number {
  const size = options.size ?? 10.5;
  doc.addStructure(
    doc.struct("P", {}, () => {
      drawParagraph(doc, text, y, size, options.color);
    }),
  );
  return doc.y;
}

// pdfkit wraps a paragraph in one font: the letter's sentences are Latin (English or French), in
// the Noto Sans slice that covers them.
function drawParagraph(doc: Pdf, text: string, y: number, size: number, color = "#111111") {
  selectFont(doc, faceFor("a".codePointAt(0)!))
    .fontSize(size)
    .fillColor(color)
    .text(text, M, y, { width: W - 2 * M, align: "left", lineGap: 2.5 });
}

/** The letter as an A4 PDF. */
export function renderVisaLetterPdf(letter: VisaLetterContent): Promise<Buffer> {
  const t = texts[letter.language];
  return renderPdf({ size: "A4", title: `${t.subject(letter.eventTitle)} — ${letter.referenceNumber}`, language: letter.language }, (doc) => {
    let y = 56;
    for (const [i, line] of t.sender.entries()) {
      drawLine(doc, line, { x: M, y, width: W - 2 * M, size: i === 0 ? 13 : 10, color: i === 0 ? "#0b3d91" : "#374151", direction: "ltr" });
      y += i === 0 ? 18 : 14;
    }
    doc
      .moveTo(M, y + 6)
      .lineTo(W - M, y + 6)
      .lineWidth(1)
      .stroke("#0b3d91");
    y += 22;
    drawLine(doc, `${t.reference} ${letter.referenceNumber}`, { x: M, y, width: 260, size: 10, direction: "ltr" });
    drawLine(doc, `${t.place}, ${day(letter.language, letter.issuedOn)}`, { x: W / 2, y, width: W / 2 - M, size: 10, align: "right", direction: "ltr" });
    y += 30;
    drawLine(doc, t.to, { x: M, y, width: W - 2 * M, size: 10, direction: "ltr" });
    y += 15;
    drawLine(doc, letter.swissRepresentation, { x: M, y, width: W - 2 * M, size: 10.5, direction: "ltr" });
    y += 30;
    drawLine(doc, t.subject(letter.eventTitle), { x: M, y, width: W - 2 * M, size: 11, color: "#0b3d91", direction: "ltr" });
    y += 28;
    y = paragraph(doc, t.salutation, y) + 8;
    for (const text of t.body(letter.eventTitle, day(letter.language, letter.eventStart), day(letter.language, letter.eventEnd), letter.venue))
      y = paragraph(doc, text, y) + 10;

    const rows: Array<[string, string]> = [
      [t.fields.name, letter.fullName],
      ...(letter.title ? [[t.fields.title, letter.title] as [string, string]] : []),
      [t.fields.organisation, letter.organisation],
      [t.fields.nationality, letter.nationality],
      [t.fields.dateOfBirth, day(letter.language, letter.dateOfBirth)],
      [t.fields.passport, letter.passportNumber],
      [t.fields.expiry, day(letter.language, letter.passportExpiry)],
    ];
    const labelWidth = 190;
    doc.rect(M, y - 6, W - 2 * M, rows.length * 20 + 8).fill("#f3f4f6");
    for (const [label, value] of rows) {
      drawLine(doc, label, { x: M + 10, y, width: labelWidth - 16, size: 9.5, color: "#374151", direction: "ltr" });
      // the value keeps its own direction (an Arabic name reads right to left), placed at the start
      drawLine(doc, value, { x: M + labelWidth, y, width: W - 2 * M - labelWidth - 10, size: 10.5, minSize: 6, align: "left" });
      y += 20;
    }
    y += 16;
    for (const text of t.closing) y = paragraph(doc, text, y) + 10;
    y += 26;
    for (const [i, line] of t.signature.entries()) {
      drawLine(doc, line, { x: M, y, width: W - 2 * M, size: i === 0 ? 11 : 10, direction: "ltr" });
      y += 15;
    }
    doc
      .moveTo(M, H - 70)
      .lineTo(W - M, H - 70)
      .lineWidth(0.5)
      .stroke("#9ca3af");
    paragraph(doc, t.footer(letter.referenceNumber), H - 62, { size: 8, color: "#4b5563" });
  });
}
