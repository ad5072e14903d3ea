import "server-only";
import { env } from "@/lib/env";
import { badgeTokenKey, signBadgeToken, verifyBadgeToken } from "./badge-token";

let key: Buffer | undefined;
const badgeKey = () => (key ??= badgeTokenKey(env().AUTH_SECRET));

/** The token printed in a badge's QR code (badge-token.ts), signed with the portal's key. */
export const badgeTokenFor = (editionYear: number, badgeCode: string) => signBadgeToken(badgeKey(), editionYear, badgeCode);

/** Checks a scanned or typed token for an edition with the portal's key. */
export const checkBadgeToken = (token: string, editionYear: number) => verifyBadgeToken(badgeKey(), token, editionYear);
