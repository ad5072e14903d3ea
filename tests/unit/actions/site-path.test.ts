import { describe, expect, test } from "vitest";
import { isSitePath } from "@/lib/actions/form-state";

// <Form> loads a success state's `reload` only when it is a path of this site.
describe("isSitePath", () => {
  test.each(["/en", "/en/admin?tab=1#top", "/fr/sign-in/check-email?callbackUrl=%2Ffr"])("accepts %s", (target) => {
    expect(isSitePath(target)).toBe(true);
  });

  test.each(["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "en/admin", ""])("refuses %s", (target) => {
    expect(isSitePath(target)).toBe(false);
  });
});
