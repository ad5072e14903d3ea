import { describe, expect, test } from "vitest";
import { permissionsPolicy, securityHeaders } from "@/lib/security/content-security-policy.mjs";
import nextConfig from "@/next.config";

describe("Permissions-Policy", () => {
  test("every response refuses the camera; the check-in desk's page alone may use it, for itself", async () => {
    const everywhere = securityHeaders.find((h) => h.key === "Permissions-Policy")!.value;
    const rules = (await nextConfig.headers!()).filter((r) => r.headers.some((h) => h.key === "Permissions-Policy"));

    expect(everywhere).toContain("camera=()");
    expect(permissionsPolicy({ camera: "self" })).toBe(everywhere.replace("camera=()", "camera=(self)"));
    expect(rules.map((r) => r.source)).toEqual(["/:path*", "/:locale(ar|zh|en|fr|ru|es)/admin/check-in"]);
    expect(rules[1].headers).toEqual([
      {
        key: "Permissions-Policy",
        value:
          "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), display-capture=(), browsing-topics=()",
      },
    ]);
  });
});
