// What may be uploaded: PDF or Word, at most 5 MB, the type taken from the content (file-type),
// and a plain file name (a name with a folder path is refused, not silently cut).

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * What one account may keep stored (attachments and statement PDFs it uploaded): files replaced
 * or removed are deleted and stop counting. Files the secretariat records for others (regional
 * inputs) are not limited.
 */
export const MAX_FILES_PER_ACCOUNT = 20;
export const MAX_STORED_BYTES_PER_ACCOUNT = 50 * 1024 * 1024;

/** Detected MIME type -> the extension the stored name must carry. */
export const ACCEPTED_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/msword": "doc",
};

/** For the file input's `accept` (a hint for the picker only; the server checks the content). */
export const ACCEPT_ATTRIBUTE = ".pdf,.docx,.doc,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword";

export type FilenameProblem = "fileName" | null;

/**
 * A safe stored name, or null when the name must be refused: folder separators, "..", control
 * characters or nothing left. Spaces are tidied and the length capped; the extension is set
 * from the detected type.
 */
export function safeFilename(name: string, extension: string): string | null {
  if (/[\\/]/.test(name) || name.includes("..") || /[\u0000-\u001F\u007F]/.test(name)) return null;
  const cleaned = name
    .normalize("NFC")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  const base = cleaned
    .replace(/\.[^.]*$/, "")
    .slice(0, 150)
    .trim();
  if (!base || base.startsWith(".")) return null;
  return `${base}.${extension}`;
}
