import "server-only";
import crypto from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { FileCheck } from "@/lib/actions/pipeline";
import type { Tx } from "@/lib/db";
import { ACCEPTED_TYPES, MAX_UPLOAD_BYTES, safeFilename } from "./policy";

export interface CheckedUpload {
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Uint8Array<ArrayBuffer>;
}

/** Word 97–2003 files are OLE compound files (file-type says "x-cfb") with a WordDocument stream. */
const WORD_STREAM = Buffer.from("WordDocument", "utf16le");

async function detectType(bytes: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  if (detected.mime === "application/x-cfb") return Buffer.from(bytes).includes(WORD_STREAM) ? "application/msword" : null;
  return detected.mime in ACCEPTED_TYPES ? detected.mime : null;
}

/**
 * Checks an uploaded file before any transaction: size, type by content and name. `file: null`
 * when no file was chosen; the field's message key when the file is refused. A form action lists
 * it in `uploads`, so its verdict comes with the other fields' errors.
 */
export const checkUpload: FileCheck<CheckedUpload> = async (file) => {
  // An empty file input still posts a part (size 0, name "" or a placeholder): that is no attachment.
  if (!file || typeof file === "string" || file.size === 0) return { file: null };
  if (file.size > MAX_UPLOAD_BYTES) return { error: "fileTooLarge" };
  const data = new Uint8Array(await file.arrayBuffer());
  const mimeType = await detectType(data);
  if (!mimeType) return { error: "fileType" };
  const filename = safeFilename(file.name, ACCEPTED_TYPES[mimeType]!);
  if (!filename) return { error: "fileName" };
  return { file: { filename, mimeType, size: data.byteLength, sha256: crypto.createHash("sha256").update(data).digest("hex"), data } };
};

/** Stores a checked file inside the caller's transaction; returns its id. */
export async function storeUpload(tx: Tx, ownerId: string, upload: CheckedUpload): Promise<string> {
  const row = await tx.storedFile.create({
    data: { ownerId, filename: upload.filename, mimeType: upload.mimeType, size: upload.size, sha256: upload.sha256, data: upload.data },
    select: { id: true },
  });
  return row.id;
}
