import { describe, expect, test } from "vitest";
import { isSitePath, reloadTarget } from "@/lib/actions/form-state";

// <Form> loads a success state's `reload` only when it is a path of this site.
describe("isSitePath", () => {
  test.each(["/en", "/en/admin?tab=1#top", "/fr/sign-in/check-email?callbackUrl=%2Ffr"])("accepts %s", (target) => {
    expect(isSitePath(target)).toBe(true);
  });

  test.each(["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "en/admin", ""])("refuses %s", (target) => {
    expect(isSitePath(target)).toBe(false);
  });
});

// what <Form> and the sign-out form load after a success
describe("reloadTarget", () => {
  test("a success's path of this site", () => {
    expect(reloadTarget({ status: "success", reload: "/es/sign-in?callbackUrl=%2Fes" })).toBe("/es/sign-in?callbackUrl=%2Fes");
  });
  test("nothing for another site, no reload, or an error", () => {
    expect(reloadTarget({ status: "success", reload: "//evil.example/x" })).toBeUndefined();
    expect(reloadTarget({ status: "success" })).toBeUndefined();
    expect(reloadTarget({ status: "idle" })).toBeUndefined();
    expect(reloadTarget({ status: "error", code: "VALIDATION", message: "x" })).toBeUndefined();
  });
});
