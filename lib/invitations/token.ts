import "server-only";
import crypto from "node:crypto";

/**
 * The personal link's secret: 32 random bytes, base64url, only ever in the mail. The database
 * keeps its sha256, so a copy of the database opens no invitation page.
 */
export function newInvitationToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest("hex");

/** A token as the link carries it (43 base64url characters); anything else is not looked up. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
