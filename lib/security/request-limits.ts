// Plain numbers, read by next.config.ts as well as the app (so no imports here).

/**
 * The largest request body the portal accepts (multipart included): a 5 MB file plus the form
 * around it. Server actions get it as their bodySizeLimit; the proxy and the POST route handlers
 * answer a larger declared body with 413 before anything reads it.
 */
export const MAX_REQUEST_BYTES = 6 * 1024 * 1024;
