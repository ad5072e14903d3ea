// The check-in desk's camera path: Chromium's fake capture device plays a video of a badge's QR
// code (written here as a Y4M file from the participant's own token), the page's scanner (ZXing-C++
// as WebAssembly, loaded from the site under the page's policy) reads it, fills the code field and
// submits, and the badge is checked in.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import sharp from "sharp";
import en from "../../lib/i18n/messages/registration.en.json" with { type: "json" };
import { chromium } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./chromium";
import { clickOnceHydrated, e2eDb, expect, signInAs, test, uniqueEmail } from "./support";

const video = path.join(os.tmpdir(), `wsis-badge-qr-${process.pid}.y4m`);

// the desk's own Chromium, launched once the video exists: the fake capture device is given the
// file at launch, so it must be written first
const deskFlags = [...chromiumFlags, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`];

/** A few frames of a 640×480 video (Y4M, 4:2:0) showing the QR code of `text` on white. */
async function writeQrVideo(text: string) {
  const [width, height] = [640, 480];
  const qr = await QRCode.toBuffer(text, { type: "png", margin: 4, width: 440, errorCorrectionLevel: "M" });
  const luma = await sharp(qr)
    .flatten({ background: "#ffffff" })
    .resize(440, 440)
    .extend({ top: 20, bottom: 20, left: 100, right: 100, background: "#ffffff" })
    .greyscale()
    .raw()
    .toBuffer();
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma.subarray(0, width * height), chroma, chroma]);
  fs.writeFileSync(video, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
}

test("the camera reads a badge's QR code and checks it in", async ({ page, baseURL }) => {
  const db = await e2eDb();
  const edition = await db.forumEdition.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, year: true } });
  const user = await db.user.create({ data: { email: uniqueEmail("camera"), name: "Lena Berg", emailVerified: new Date(), preferredLanguage: "en" } });
  const registration = await db.forumRegistration.create({
    data: {
      editionId: edition.id,
      userId: user.id,
      givenNames: "Lena",
      familyName: `Berg ${crypto.randomBytes(3).toString("hex")}`,
      honorific: "MS",
      stakeholderTypeCode: "ACADEMIA",
      countryCode: "SE",
      gender: "FEMALE",
      attendance: "ON_SITE",
      privacyConsentAt: new Date(),
      status: "ACCREDITED",
      category: "PARTICIPANT",
      badgeCode: crypto.randomBytes(16).toString("base64url"),
      locale: "en",
      accreditedAt: new Date(),
    },
  });
  await signInAs(page.context(), { email: user.email });
  await page.goto(`/en/registration/${edition.year}/badge`);
  const token = (await page.getByTestId("badge-token").textContent())!.trim();
  await writeQrVideo(token);

  const deskBrowser = await chromium.launch({ executablePath: chromiumPath, args: deskFlags });
  const staff = await deskBrowser.newContext({ baseURL, permissions: ["camera"], locale: "en-GB" });
  const desk = await staff.newPage();
  await signInAs(staff, { role: "SECRETARIAT", email: uniqueEmail("camera-desk") });
  const response = await desk.goto(`/en/admin/check-in?edition=${edition.year}`);
  // this page alone may compile WebAssembly (the decoder), and still not eval
  expect(response!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic' 'wasm-unsafe-eval';/);
  // the page focuses the code field once it has hydrated: the desk's name typed before that could
  // be lost while the page takes over the form (as in the typed-code test)
  await expect(desk.getByRole("textbox", { name: new RegExp(`^${en.CheckIn.code}`) })).toBeFocused();
  await desk.getByRole("textbox", { name: new RegExp(`^${en.CheckIn.desk}`) }).fill("Desk C");
  // a click that lands before the page has hydrated does nothing
  await clickOnceHydrated(desk.getByRole("button", { name: en.CheckIn.cameraStart }));
  await expect(desk.getByRole("status").filter({ hasText: en.CheckIn.cameraScanning })).toBeVisible();

  await expect(desk.getByRole("heading", { name: en.CheckIn.recorded })).toBeVisible({ timeout: 30_000 });
  await expect(desk.getByText(`Lena ${registration.familyName}`, { exact: true })).toBeVisible();
  // the camera stopped after its read: the desk starts it again for the next badge
  await expect(desk.getByRole("button", { name: en.CheckIn.cameraStart })).toBeVisible();
  await expect(desk.getByRole("status").filter({ hasText: en.CheckIn.cameraScanning })).toHaveCount(0);
  expect(await db.checkIn.count({ where: { registrationId: registration.id } })).toBe(1);
  await deskBrowser.close();
  fs.rmSync(video, { force: true });
});
