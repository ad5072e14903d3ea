import "server-only";
// The badge photo: JPEG or PNG recognised by its content (never its name), refused when too
// large in bytes or pixels before it is decoded, then cropped to the badge's portrait frame and
// re-encoded as a small JPEG on the server (sharp). What is stored is always our own JPEG: no
// metadata (location, camera) of the original is kept.
import sharp from "sharp";
import { fileTypeFromBuffer } from "file-type";
import { BADGE_PHOTO, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MIN_PHOTO_SIDE } from "./policy";

/** Why a photo is refused: a validation key of RegistrationValidation. */
export type PhotoProblem = "photoType" | "photoTooLarge" | "photoTooManyPixels" | "photoTooSmall" | "photoUnreadable";

export type PhotoResult = { ok: true; jpeg: Buffer } | { ok: false; problem: PhotoProblem };

const ACCEPTED = new Set(["image/jpeg", "image/png"]);

/** Checks and processes an uploaded photo into the badge JPEG. */
export async function processBadgePhoto(file: Blob): Promise<PhotoResult> {
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, problem: "photoTooLarge" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ACCEPTED.has(type.mime)) return { ok: false, problem: "photoType" };
  try {
    // the header alone gives the size: a 10,000 × 10,000 image is refused before any decoding
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!meta.width || !meta.height) return { ok: false, problem: "photoUnreadable" };
    if (meta.width * meta.height > MAX_PHOTO_PIXELS) return { ok: false, problem: "photoTooManyPixels" };
    if (Math.min(meta.width, meta.height) < MIN_PHOTO_SIDE) return { ok: false, problem: "photoTooSmall" };
    const jpeg = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error" })
      .rotate() // honour the camera's orientation, then drop the metadata
      .resize(BADGE_PHOTO.width, BADGE_PHOTO.height, { fit: "cover", position: "attention" })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return { ok: true, jpeg };
  } catch {
    return { ok: false, problem: "photoUnreadable" };
  }
}
