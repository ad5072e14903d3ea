import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

// The TOTP secret is kept encrypted (AES-256-GCM) under a key derived from AUTH_SECRET, so a copy
// of the database alone does not give the codes. Rotating AUTH_SECRET means enrolling again.
const key = () => Buffer.from(crypto.hkdfSync("sha256", env().AUTH_SECRET, "wsis-portal", "totp-secret-box", 32));

export function sealSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function openSecret(sealed: string): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) throw new Error("unreadable TOTP secret");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");
