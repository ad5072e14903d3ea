// The badge code: a random 128-bit value given to a registration when it is accredited. The
// badge's QR code carries it inside a signed token, never the registration's database id.
import { randomBytes } from "node:crypto";

/** 16 random bytes, base64url (22 characters). */
export const newBadgeCode = (): string => randomBytes(16).toString("base64url");
