import "server-only";
import PDFDocument from "pdfkit";

export type Pdf = InstanceType<typeof PDFDocument>;

/**
 * Makes a tagged PDF (its structure tree carries each line's text: see pdf-text.ts) and returns
 * its bytes. pdfkit's own Helvetica is never used: every text goes through pdf-text.ts's fonts.
 */
export function renderPdf(
  options: { size: "A4" | "A6"; title: string; language: string; margin?: number },
  draw: (doc: Pdf) => void | Promise<void>,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: options.size,
    margin: options.margin ?? 0,
    tagged: true,
    pdfVersion: "1.7",
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Author: "WSIS Forum Secretariat", Producer: "WSIS Forum portal", Creator: "WSIS Forum portal" },
    autoFirstPage: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return Promise.resolve(draw(doc)).then(() => {
    doc.end();
    return done;
  });
}
