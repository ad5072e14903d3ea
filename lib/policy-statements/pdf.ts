import "server-only";
import crypto from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { FileCheck } from "@/lib/actions/pipeline";
import { STATEMENT_PDF_MAX_BYTES } from "./policy";

export interface CheckedPdf {
  filename: string;
  mimeType: "application/pdf";
  size: number;
  sha256: string;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * A statement file is accepted only when its content is a PDF (whatever its name or the type the
 * browser claims) and it is within the size limit; `file: null` when none was chosen.
 */
export const checkStatementPdf: FileCheck<CheckedPdf> = async (file) => {
  if (!(file instanceof File) || file.size === 0) return { file: null };
  if (file.size > STATEMENT_PDF_MAX_BYTES) return { error: "fileTooLarge" };
  const data = new Uint8Array(await file.arrayBuffer());
  if (data.byteLength > STATEMENT_PDF_MAX_BYTES) return { error: "fileTooLarge" };
  const type = await fileTypeFromBuffer(data);
  if (type?.mime !== "application/pdf") return { error: "pdfOnly" };
  const filename = (file.name || "statement.pdf").replace(/[^\p{L}\p{N} ._-]/gu, "_").slice(0, 120);
  return {
    file: { filename, mimeType: "application/pdf", size: data.byteLength, sha256: crypto.createHash("sha256").update(data).digest("hex"), data },
  };
};
