import { describe, expect, test } from "vitest";
import { signInSchema } from "@/lib/auth/schemas";
import { safeRedirectPath } from "@/lib/security/safe-redirect";

describe("sign-in input", () => {
  test.each([
    ["/en/admin", "/en/admin"],
    ["//evil.example/x", "/en"],
    ["https://evil.example", "/en"],
    ["/\\evil.example", "/en"],
    [undefined, "/en"],
  ])("callback %s -> %s (no open redirect)", (input, expected) => {
    expect(safeRedirectPath(input, "/en", "http://localhost:3000")).toBe(expected);
  });

  test("an address is trimmed; a bad one names the field with a message key", () => {
    expect(signInSchema.parse({ email: "  a@example.org " }).email).toBe("a@example.org");
    const bad = signInSchema.safeParse({ email: "nope" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["email", "email"]]);
  });
});
