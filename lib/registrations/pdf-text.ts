import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import bidiFactory from "bidi-js";
import * as fontkit from "fontkit";
import type PDFDocument from "pdfkit";

// Text of any script the portal accepts (Latin, Cyrillic, Greek, Arabic, Chinese) in the PDFs it
// makes (badge, visa support letter). The fonts come from the npm packages the site already uses
// (@fontsource/noto-sans, …-arabic, …-sc), which cut each font into slices declared with a
// unicode-range. The static Regular faces in WOFF are used: fontkit (pdfkit's font engine) cannot
// subset a WOFF2 file (its glyphs come out empty), nor pick an instance of a variable one. A line is split into runs of one slice and one bidi level; each run is shaped
// by pdfkit's fontkit (Arabic joining included), and the runs are placed in visual order (the
// Unicode bidi algorithm's rule L2, from bidi-js), so Arabic reads right to left and a Latin or
// Chinese name inside it keeps its own direction.

interface Face {
  file: string;
  ranges: Array<[number, number]>;
}

const packages = ["noto-sans", "noto-sans-arabic", "noto-sans-sc"] as const;

function parseFaces(pkg: string): Face[] {
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", pkg);
  const css = readFileSync(path.join(dir, "400.css"), "utf8");
  return (css.match(/@font-face\s*\{[^}]*\}/g) ?? []).flatMap((rule) => {
    const src = rule.match(/url\(\.\/files\/([\w.-]+\.woff)\)/)?.[1];
    const range = rule.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!src || !range) return [];
    const ranges = range.split(",").map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(from, 16), parseInt(to, 16)];
    });
    return [{ file: path.join(dir, "files", src), ranges }];
  });
}

let faces: Face[] | undefined;
/** Noto Sans first (Latin, Cyrillic, Greek), then Arabic, then the Chinese slices. */
const allFaces = () => (faces ??= packages.flatMap(parseFaces));

/** The font file that draws this character (Latin when no slice has it: it shows as a box). */
export function faceFor(codePoint: number): string {
  const list = allFaces();
  const face = list.find((f) => f.ranges.some(([a, b]) => codePoint >= a && codePoint <= b));
  return (face ?? list.find((f) => f.file.endsWith("noto-sans-latin-400-normal.woff")) ?? list[0]).file;
}

const bidi = bidiFactory();

export interface Run {
  text: string;
  font: string;
  level: number;
}

/**
 * The runs of one line in visual order (left to right on the page). `direction` is the paragraph's
 * base direction: "auto" takes it from the first strong character.
 */
export function visualRuns(line: string, direction: "ltr" | "rtl" | "auto" = "auto"): { runs: Run[]; rtl: boolean } {
  const text = line.replace(/[\r\n\t]+/g, " ");
  if (!text) return { runs: [], rtl: direction === "rtl" };
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction === "auto" ? undefined : direction);
  // split by character (code point) into runs of the same level and font; a space is a run of its
  // own, because pdfkit lays a text out word by word in logical order, which would put the words
  // of a right-to-left run in the wrong order
  const runs: Run[] = [];
  let offset = 0;
  for (const ch of Array.from(text)) {
    const level = levels[offset];
    offset += ch.length;
    const font = faceFor(ch.codePointAt(0)!);
    const last = runs.at(-1);
    if (last && ch !== " " && !last.text.endsWith(" ") && last.level === level && last.font === font) last.text += ch;
    else runs.push({ text: ch, font, level });
  }
  // rule L2: from the highest level down to the lowest odd one, reverse every sequence of runs at
  // that level or above. Inside a right-to-left run fontkit already lays the glyphs out reversed.
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : Infinity)));
  for (let level = max; level >= minOdd && Number.isFinite(minOdd); level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j].level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return { runs, rtl: (paragraphs[0]?.level ?? 0) % 2 === 1 };
}

type Doc = InstanceType<typeof PDFDocument>;

// Parsing a font and building its shaping tables costs far more than a page: each slice is
// parsed once per process and shared by every document (each document embeds its own subset).
const parsed = new Map<string, fontkit.Font>();
const fontOf = (file: string) => {
  let font = parsed.get(file);
  if (!font) parsed.set(file, (font = fontkit.create(readFileSync(file)) as fontkit.Font));
  return font;
};

/** Selects a slice on the document, registering it on first use. */
export function selectFont(doc: Doc, file: string) {
  const name = path.basename(file);
  const registered = doc as Doc & { _registeredFonts?: Record<string, unknown> };
  if (!registered._registeredFonts?.[name]) doc.registerFont(name, fontOf(file) as unknown as string);
  return doc.font(name);
}

/** The width of a line at a size, as `drawLine` would draw it. */
export function lineWidth(doc: Doc, runs: Run[], size: number): number {
  return runs.reduce((sum, run) => sum + selectFont(doc, run.font).fontSize(size).widthOfString(run.text), 0);
}

export interface LineOptions {
  x: number;
  y: number;
  /** the box the line must fit: the size shrinks down to `minSize` until it does */
  width: number;
  size: number;
  minSize?: number;
  align?: "start" | "center" | "end" | "left" | "right";
  direction?: "ltr" | "rtl" | "auto";
  color?: string;
}

/** Draws one line of mixed scripts; returns the size used (it shrinks to fit the width). */
export function drawLine(doc: Doc, line: string, options: LineOptions): number {
  const { runs, rtl } = visualRuns(line, options.direction);
  let size = options.size;
  const minSize = options.minSize ?? Math.min(7, size);
  while (size > minSize && lineWidth(doc, runs, size) > options.width) size -= 0.5;
  const width = lineWidth(doc, runs, size);
  const align = options.align ?? "start";
  const toRight = align === "right" || (align === "end" && !rtl) || (align === "start" && rtl);
  let x = align === "center" ? options.x + (options.width - width) / 2 : toRight ? options.x + options.width - width : options.x;
  doc.fillColor(options.color ?? "#111111");
  // the glyphs of a shaped Arabic word do not map back to its letters one by one (a dotted letter
  // is a dotless base plus a dot, shared by several letters): the line's own text is given as its
  // ActualText, which is what text extraction, search and screen readers read
  // (the document must be made with `tagged: true`: pdf.js reads ActualText from the structure tree)
  doc.addStructure(
    doc.struct("P", { actual: line }, () => {
      for (const run of runs) {
        selectFont(doc, run.font).fontSize(size).text(run.text, x, options.y, { lineBreak: false });
        x += doc.widthOfString(run.text);
      }
    }),
  );
  return size;
}
