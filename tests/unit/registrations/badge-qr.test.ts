// Every badge's QR code is read by the check-in desk's decoder (zxing-wasm, the one the camera
// uses: components/registrations/qr-camera.ts), as the badge PDF prints it and as the e-badge page
// shows it, at a whole and at an uneven number of pixels per module. The decoder used before
// (@zxing/browser) failed on about one such sharp image in thirteen.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { newBadgeCode } from "@/lib/registrations/badge-code";
import { badgeQrPng, badgeQrSvg } from "@/lib/registrations/badge-qr";
import { badgeTokenKey, signBadgeToken } from "@/lib/registrations/badge-token";

const key = badgeTokenKey("a-test-secret-of-at-least-thirty-two-characters");
// 100 tokens, 300 images: the decoder used before failed on one image in thirteen
const tokens = Array.from({ length: 100 }, () => signBadgeToken(key, 2027, newBadgeCode()));

// a bound, not a timing: compiling the decoder and reading 100-200 images take 1-2 s here, several
// times that while the other suites share the machine (vitest's default of 5 s was reached in CI)
const bound = 60_000;

beforeAll(async () => {
  // in Node the decoder takes its WebAssembly from the package itself (the browser loads the same
  // file from the site)
  const wasm = readFileSync(createRequire(import.meta.url).resolve("zxing-wasm/reader/zxing_reader.wasm"));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
}, bound);

async function read(image: Uint8Array) {
  return (await readBarcodes(image, { formats: ["QRCode"], maxNumberOfSymbols: 1, tryHarder: true }))
    .filter((found) => found.isValid)
    .map((found) => found.text);
}

describe("badge QR codes are read by the desk's decoder", () => {
  test("as the badge PDF prints them", { timeout: bound }, async () => {
    const unread = [];
    for (const token of tokens) if ((await read(await badgeQrPng(token)))[0] !== token) unread.push(token);
    expect(unread).toEqual([]);
  });

  test("as the e-badge page shows them, at 180 and 333 pixels", { timeout: bound }, async () => {
    const unread = [];
    for (const token of tokens) {
      const svg = Buffer.from(await badgeQrSvg(token));
      for (const size of [180, 333]) {
        const png = await sharp(svg, { density: 300 }).resize(size, size).flatten({ background: "#ffffff" }).png().toBuffer();
        if ((await read(png))[0] !== token) unread.push(`${size}: ${token}`);
      }
    }
    expect(unread).toEqual([]);
  });
});
