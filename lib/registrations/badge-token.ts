import crypto from "node:crypto";

// The code inside an e-badge's QR code (and typed by a hand-held scanner): the edition's year and
// the registration's badge code (a random 128-bit value set on accreditation, never the database
// id), signed with HMAC-SHA-256 under a key derived from AUTH_SECRET. The check-in desk accepts
// only a token whose signature holds and whose edition is the one it checks in for; the badge
// code then finds the registration. A copied badge is refused once its registration is no longer
// accredited (the badge code is cleared or the status checked by the desk).
//
//   WSIS1.<year>.<badgeCode>.<signature>   e.g. WSIS1.2027.q3X…Zg.Vv9…aQ (about 60 characters)

const VERSION = "WSIS1";
/** a badge code as stored: base64url or hex of at least 128 bits */
const BADGE_CODE = /^[A-Za-z0-9_-]{22,64}$/;
/** 128 bits of the HMAC are plenty against forgery and keep the QR code small */
const SIGNATURE_BYTES = 16;

/** The signing key: HKDF of the portal's secret, for this purpose only. */
export function badgeTokenKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", secret, "wsis-portal", "badge-token", 32));
}

const mac = (key: Buffer, year: number, badgeCode: string) =>
  crypto.createHmac("sha256", key).update(`${VERSION}.${year}.${badgeCode}`).digest().subarray(0, SIGNATURE_BYTES);

export function signBadgeToken(key: Buffer, editionYear: number, badgeCode: string): string {
  if (!Number.isInteger(editionYear) || editionYear < 1000 || editionYear > 9999) throw new Error("edition year must have four digits");
  if (!BADGE_CODE.test(badgeCode)) throw new Error("not a badge code");
  return `${VERSION}.${editionYear}.${badgeCode}.${mac(key, editionYear, badgeCode).toString("base64url")}`;
}

export type BadgeTokenCheck = { ok: true; badgeCode: string } | { ok: false; reason: "MALFORMED" | "FORGED" | "OTHER_EDITION" };

/**
 * Reads a token typed or scanned at the desk. Refused: anything not shaped like a token, a
 * signature that does not match (forged or altered), a token of another edition than `editionYear`.
 * Spaces around it (a hand-held scanner's Enter) are ignored.
 */
export function verifyBadgeToken(key: Buffer, token: string, editionYear: number): BadgeTokenCheck {
  const parts = token.trim().split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) return { ok: false, reason: "MALFORMED" };
  const [, yearText, badgeCode, signature] = parts;
  if (!/^\d{4}$/.test(yearText) || !BADGE_CODE.test(badgeCode) || !/^[A-Za-z0-9_-]{22}$/.test(signature)) {
    return { ok: false, reason: "MALFORMED" };
  }
  const year = Number(yearText);
  const given = Buffer.from(signature, "base64url");
  const expected = mac(key, year, badgeCode);
  // base64url of 16 bytes has unused low bits: compare the decoded bytes AND the canonical text
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected) || expected.toString("base64url") !== signature) {
    return { ok: false, reason: "FORGED" };
  }
  if (year !== editionYear) return { ok: false, reason: "OTHER_EDITION" };
  return { ok: true, badgeCode };
}
