import { describe, expect, test, vi } from "vitest";
import { codeSignInSchema, confirmSignInSchema, signInSchema } from "@/lib/auth/schemas";
import { toMenuSession } from "@/lib/auth/menu-session";
import { clientAddress } from "@/lib/security/client-address";

vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

describe("sign-in schemas", () => {
  test.each(["a@example.org,b@example.org", "a,b@example.org", "a@example.org b@example.org", "a@example.org;b@example.org", "<a@example.org>"])(
    "one address only: %s is refused",
    (email) => {
      expect(signInSchema.safeParse({ email }).success).toBe(false);
    },
  );

  test("a code may be typed in lower case, with a dash or spaces; ambiguous or short ones are refused", () => {
    const parse = (code: string) => codeSignInSchema.safeParse({ email: "a@example.org", code });
    expect(parse("acde-fg34").data?.code).toBe("ACDEFG34");
    expect(parse(" ACDE FG34 ").data?.code).toBe("ACDEFG34");
    expect(parse("ACDEFG30").success).toBe(false); // 0 is not in the alphabet
    expect(parse("ACDEFG3").success).toBe(false);
    expect(parse("").error?.issues[0]?.message).toBe("required");
  });

  test("the confirmation takes a 64-hex token only", () => {
    expect(confirmSignInSchema.safeParse({ email: "a@example.org", token: "ab".repeat(32) }).success).toBe(true);
    expect(confirmSignInSchema.safeParse({ email: "a@example.org", token: "forged" }).success).toBe(false);
  });
});

describe("the session page scripts see", () => {
  test("only the menu's fields: no session token, no user id, no row", () => {
    const fromAuthJs = {
      sessionToken: "secret-token",
      userId: "u1",
      expires: "2027-01-01T00:00:00.000Z",
      user: { id: "u1", email: "a@example.org", name: "A", role: "DELEGATE", emailVerified: "2026-01-01", disabledAt: null, countryCode: "FR" },
    };

    expect(toMenuSession(fromAuthJs)).toEqual({ user: { email: "a@example.org", role: "DELEGATE" }, expires: "2027-01-01T00:00:00.000Z" });
    expect(toMenuSession(null)).toBeNull();
    expect(toMenuSession({})).toBeNull();
  });
});

describe("client address", () => {
  const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

  test("without a trusted proxy: the socket address Next.js wrote; a forged list is not believed", () => {
    expect(clientAddress(h("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(h("::ffff:203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(h("1.1.1.1, 203.0.113.7"), 0)).toBe("untrusted");
    expect(clientAddress(h("not-an-ip"), 0)).toBe("untrusted");
    expect(clientAddress(h(), 0)).toBe("untrusted");
  });

  test("behind N proxies: the entry N places from the end, whatever the client put before it", () => {
    expect(clientAddress(h("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(h("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7"), 2)).toBe("untrusted");
  });
});
