// The check-in desk's camera scanner, loaded only when the desk starts the camera. QR codes are read
// by ZXing-C++ compiled to WebAssembly (zxing-wasm). The JavaScript port used before
// (@zxing/browser) failed on about one perfectly sharp badge code in thirteen, the same way frame
// after frame (tests/unit/registrations/badge-qr.test.ts reads badges with this decoder). The
// WebAssembly file is one of this site's own static files: nothing is fetched from elsewhere, the
// desk works on the venue's network alone, and the page's policy allows WebAssembly for it
// ('wasm-unsafe-eval' on this page only, lib/security/content-security-policy.mjs).
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";

const wasmUrl = new URL("zxing-wasm/reader/zxing_reader.wasm", import.meta.url).href;

/** Between two reads of the video: a desk holds a badge up for a second or more. */
const INTERVAL_MS = 150;

export type CameraScan = { stop: () => void };

/**
 * Starts the device camera in `video` and reads it until a QR code appears, then stops the camera
 * and hands the code to `onCode` (once). Rejects when the camera or the decoder cannot start (no
 * camera, permission refused, the decoder's file not loaded).
 */
export async function startQrCamera(video: HTMLVideoElement, onCode: (text: string) => void): Promise<CameraScan> {
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  let stopped = false;
  let timer: number | undefined;
  const stop = () => {
    stopped = true;
    window.clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    await video.play();
  } catch (error) {
    stop();
    throw error;
  }

  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  const read = async () => {
    if (stopped) return;
    const [width, height] = [video.videoWidth, video.videoHeight];
    // no frame yet (the camera has not given its size): the next turn
    if (width && height && video.readyState >= video.HAVE_CURRENT_DATA) {
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const found = await readBarcodes(context.getImageData(0, 0, width, height), { formats: ["QRCode"], maxNumberOfSymbols: 1, tryHarder: true }).then(
        ([first]) => first,
        () => undefined, // a frame the decoder could not take: the next one
      );
      if (stopped) return;
      if (found?.isValid && found.text) {
        stop();
        onCode(found.text);
        return;
      }
    }
    timer = window.setTimeout(() => void read(), INTERVAL_MS);
  };
  void read();
  return { stop };
}
