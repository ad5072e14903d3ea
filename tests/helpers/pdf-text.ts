// Reads a PDF the portal made back as text, with pdf.js (unpdf): the text drawn on each page and
// the ActualText of each structure element (pdf-text.ts gives every line of mixed scripts its own
// text there: the glyphs of shaped Arabic do not map back to letters one by one).
import { getDocumentProxy } from "unpdf";

interface StructNode {
  alt?: string;
  children?: StructNode[];
}

const altTexts = (node: StructNode | null | undefined): string[] => (node ? [...(node.alt ? [node.alt] : []), ...(node.children ?? []).flatMap(altTexts)] : []);

export interface PdfText {
  pages: number;
  /** the text pdf.js extracts from the glyphs, page by page */
  drawn: string[];
  /** the ActualText of every structure element, in order */
  lines: string[];
  /** both, joined: what a test searches */
  all: string;
  title: string | undefined;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const drawn: string[] = [];
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    drawn.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
    lines.push(...altTexts((await page.getStructTree()) as StructNode));
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  await pdf.cleanup();
  return { pages: pdf.numPages, drawn, lines, all: [...lines, ...drawn].join("\n"), title: info.Title };
}
