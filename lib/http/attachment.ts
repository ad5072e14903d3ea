/**
 * A Content-Disposition that makes the browser download the file instead of showing it in the
 * site (RFC 6266): a plain ASCII `filename` for old clients, and the real name in `filename*`
 * (RFC 8187), percent-encoded so no quote, semicolon, slash or line break of a user's file name
 * can end the header value or name a path.
 */
export function attachmentDisposition(filename: string, fallback?: string): string {
  const name = filename.replace(/[\u0000-\u001f\u007f/\\]/g, "").trim() || fallback || "download";
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "_");
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(ascii)?.[0] ?? "";
  const stem = ascii.slice(0, ascii.length - extension.length).replace(/^[._-]+|[._-]+$/g, "");
  // a name with nothing readable in ASCII (Arabic, Chinese, Russian ...) keeps its extension
  const plain = /[A-Za-z0-9]/.test(stem) ? stem + extension : fallback || `download${extension}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}

/** Headers for a user's uploaded file: always a download, never sniffed, never cached shared. */
export function uploadedFileHeaders(file: { filename: string; mimeType: string; size?: number }, fallback?: string): Record<string, string> {
  return {
    "Content-Type": file.mimeType,
    ...(file.size === undefined ? {} : { "Content-Length": String(file.size) }),
    "Content-Disposition": attachmentDisposition(file.filename, fallback),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
