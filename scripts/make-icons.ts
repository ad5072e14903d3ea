// Rasterises public/icon.svg into the favicon, the touch icon and the web manifest's icons:
//   node --import tsx scripts/make-icons.ts
// Run it after changing the SVG and commit the files it writes (they are served as they are).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const publicDir = path.resolve(import.meta.dirname, "../public");
const svg = path.join(publicDir, "icon.svg");

const png = (size: number, padding = 0, opaque = padding > 0) =>
  sharp(svg, { density: 72 * Math.ceil(size / 64) * 2 })
    .resize(size - 2 * padding, size - 2 * padding)
    .extend({ top: padding, bottom: padding, left: padding, right: padding, background: "#005a9c" })
    .flatten(opaque ? { background: "#005a9c" } : false)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();

/** An .ico holding PNG images (the format every browser reads since Windows Vista). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

const sizes = [16, 32, 48];
await writeFile(path.join(publicDir, "favicon.ico"), ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
await writeFile(path.join(publicDir, "apple-touch-icon.png"), await png(180, 0, true)); // iOS fills transparency with black
await writeFile(path.join(publicDir, "icon-192.png"), await png(192));
await writeFile(path.join(publicDir, "icon-512.png"), await png(512));
// maskable: the symbol inside the safe zone (the inner 80%), the margin in the same blue
await writeFile(path.join(publicDir, "icon-maskable-512.png"), await png(512, 52));
console.log("icons written to public/");
