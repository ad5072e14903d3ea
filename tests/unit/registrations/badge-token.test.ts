import { describe, expect, test } from "vitest";
import { newBadgeCode } from "@/lib/registrations/badge-code";
import { badgeTokenKey, signBadgeToken, verifyBadgeToken } from "@/lib/registrations/badge-token";

const key = badgeTokenKey("a-test-secret-of-at-least-thirty-two-characters");
const code = newBadgeCode();

describe("badge token", () => {
  test("a token signed for an edition is accepted for it and gives back the badge code", () => {
    const token = signBadgeToken(key, 2027, code);

    expect(token).toMatch(/^WSIS1\.2027\.[\w-]{22}\.[\w-]{22}$/);
    expect(verifyBadgeToken(key, token, 2027)).toEqual({ ok: true, badgeCode: code });
    expect(verifyBadgeToken(key, ` ${token}\n`, 2027)).toEqual({ ok: true, badgeCode: code });
  });

  test("a token of another edition is refused", () => {
    expect(verifyBadgeToken(key, signBadgeToken(key, 2026, code), 2027)).toEqual({ ok: false, reason: "OTHER_EDITION" });
  });

  test("a token whose edition was altered to this one is refused as forged", () => {
    const altered = signBadgeToken(key, 2026, code).replace(".2026.", ".2027.");

    expect(verifyBadgeToken(key, altered, 2027)).toEqual({ ok: false, reason: "FORGED" });
  });

  test("a token with another badge code or a changed signature is refused", () => {
    const token = signBadgeToken(key, 2027, code);
    const [v, y, c, s] = token.split(".");
    const otherCode = `${c.slice(0, -1)}${c.endsWith("A") ? "B" : "A"}`;
    const otherSig = `${s[0] === "A" ? "B" : "A"}${s.slice(1)}`;

    expect(verifyBadgeToken(key, [v, y, otherCode, s].join("."), 2027)).toEqual({ ok: false, reason: "FORGED" });
    expect(verifyBadgeToken(key, [v, y, c, otherSig].join("."), 2027)).toEqual({ ok: false, reason: "FORGED" });
  });

  test("a token signed with another secret is refused", () => {
    const foreign = signBadgeToken(badgeTokenKey("another-secret-of-at-least-thirty-two-chars"), 2027, code);

    expect(verifyBadgeToken(key, foreign, 2027)).toEqual({ ok: false, reason: "FORGED" });
  });

  test.each([
    "",
    "hello",
    "WSIS1.2027..",
    `WSIS2.2027.${code}.AAAAAAAAAAAAAAAAAAAAAA`,
    `WSIS1.27.${code}.AAAAAAAAAAAAAAAAAAAAAA`,
    "cl_registration_id_123",
    `WSIS1.2027.${code}.short`,
  ])("%j is refused as malformed", (token) => {
    expect(verifyBadgeToken(key, token, 2027)).toEqual({ ok: false, reason: "MALFORMED" });
  });

  test("fresh badge codes are 128 random bits, never repeated", () => {
    const codes = new Set(Array.from({ length: 1000 }, newBadgeCode));

    expect(codes.size).toBe(1000);
    for (const c of codes) expect(Buffer.from(c, "base64url")).toHaveLength(16);
  });
});
