import { describe, expect, test } from "vitest";
import { safeRedirectPath } from "@/lib/security/safe-redirect";

const origin = "https://portal.example";
const fallback = "/en/consultation";
const check = (value: unknown) => safeRedirectPath(value, fallback, origin);

describe("safeRedirectPath", () => {
  test.each([
    ["/en/consultation/new", "/en/consultation/new"],
    ["/fr/profile?returnTo=%2Ffr%2Fx#top", "/fr/profile?returnTo=%2Ffr%2Fx#top"],
    ["/en/a/../b", "/en/b"],
    ["https://portal.example/en/admin?x=1", "/en/admin?x=1"],
    ["HTTPS://PORTAL.EXAMPLE/en/admin", "/en/admin"],
    ["https://portal.example:443/en", "/en"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps the same-site target %j as %j", (value, expected) => {
    expect(check(value)).toBe(expected);
  });

  test.each([
    ["a tab between slashes", "/\t/evil.example"],
    ["a tab, percent-encoded and decoded once by the query string", decodeURIComponent("%2F%09%2Fevil.example")],
    ["a line break", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/en"],
    ["a slash and a backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash after the path", "/en\\..\\..\\evil"],
    ["a path that resolves to //host", "/.//evil.example"],
    ["a path with dot segments that resolves to //host", "/a/..//evil.example"],
    ["another host", "https://evil.example/en"],
    ["another host that starts like ours", "https://portal.example.evil.example/en"],
    ["credentials before our host", "https://portal.example@evil.example/en"],
    ["our host with credentials", "https://user:pw@portal.example/en"],
    ["another port", "https://portal.example:8443/en"],
    ["another scheme", "http://portal.example/en"],
    ["javascript:", "javascript:alert(1)"],
    ["JavaScript: with spaces", " JavaScript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a scheme-relative host with backslash", "https:\\\\evil.example"],
    ["a relative path (not rooted)", "en/consultation"],
    ["an empty string", ""],
    ["a non-string", ["/en"]],
    ["undefined", undefined],
    ["an over-long value", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_name, value) => {
    expect(check(value)).toBe(fallback);
  });

  test("resolves against another origin when told to (the default is APP_URL)", () => {
    expect(safeRedirectPath("http://localhost:3220/en", fallback, "http://localhost:3220")).toBe("/en");
    expect(safeRedirectPath("http://localhost:3000/en", fallback, "http://localhost:3220")).toBe(fallback);
  });
});
