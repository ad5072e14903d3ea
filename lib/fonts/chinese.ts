import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Noto Sans SC for Chinese pages, served from the npm package (@fontsource-variable/noto-sans-sc)
// without copying its 4.6 MB into the build. The package cuts the font into ~100 slices, each
// declared with its unicode-range, so a page downloads only the slices of the characters it
// shows. Only Chinese pages link the stylesheet (lib/fonts/chinese-href.ts): other pages never
// fetch its ~100 KB of @font-face rules, let alone a slice.
export { chineseFontVersion } from "./chinese-href";

const packageDir = path.join(process.cwd(), "node_modules", "@fontsource-variable", "noto-sans-sc");
const sliceName = /^noto-sans-sc-\d{1,3}-wght-normal\.woff2$/;

let stylesheet: Promise<string> | undefined;

/**
 * The package's @font-face rules for the Chinese slices, pointing next to the stylesheet, without
 * comments or blanks. Its Latin, Cyrillic and Vietnamese slices are left out: the faces of
 * components/layout/fonts.ts come first in the font stack and cover them.
 */
export function chineseFontStylesheet(): Promise<string> {
  stylesheet ??= readFile(path.join(packageDir, "wght.css"), "utf8").then((css) =>
    (css.match(/@font-face\s*\{[^}]*\}/g) ?? [])
      .filter((face) => /url\(\.\/files\/noto-sans-sc-\d+-wght-normal\.woff2\)/.test(face))
      .map((face) =>
        face
          .replaceAll("url(./files/", "url(./")
          .replace(/\s*([{};:,])\s*/g, "$1")
          .replace(/\s*\n\s*/g, ""),
      )
      .join(""),
  );
  return stylesheet;
}

/** One slice of the font, or null for a name that is not one (no path ever leaves the package). */
export async function chineseFontSlice(name: string): Promise<Buffer | null> {
  if (!sliceName.test(name)) return null;
  try {
    return await readFile(path.join(packageDir, "files", name));
  } catch {
    return null;
  }
}
