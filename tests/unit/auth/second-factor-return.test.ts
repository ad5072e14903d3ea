import { describe, expect, test } from "vitest";
import { adminReturnPath } from "@/lib/second-factor/return-to";

describe("where the second-factor page sends a verified member", () => {
  test("a path of the locale's secretariat area is kept, with its query", () => {
    expect(adminReturnPath("fr", "/fr/admin/exports")).toBe("/fr/admin/exports");
    expect(adminReturnPath("fr", "/fr/admin/submissions?status=SUBMITTED")).toBe("/fr/admin/submissions?status=SUBMITTED");
    expect(adminReturnPath("en", "/en/admin")).toBe("/en/admin");
  });

  test.each([
    ["https://evil.example/en/admin"],
    ["//evil.example/en/admin"],
    ["/\\evil.example/en/admin"],
    ["/en/admin/../../sign-in"],
    ["/en/administrator"],
    ["/en/submissions"],
    ["/fr/admin/exports"],
    ["javascript:alert(1)"],
    [" /en/admin"],
    [undefined],
    [["/en/admin/audit"]],
  ])("anything else (%s) goes to the area's home", (value) => {
    expect(adminReturnPath("en", value)).toBe("/en/admin");
  });
});
