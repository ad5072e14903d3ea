import { beforeEach, describe, expect, test, vi } from "vitest";

// what next.config.ts's experimental.authInterrupts sets in a real build
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const auth = vi.fn();
vi.mock("@/lib/auth/auth", () => ({ auth: () => auth() }));

const digestOf = (error: unknown) => (error as { digest?: string }).digest ?? "";

async function thrown(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    return digestOf(error);
  }
  return "returned";
}

describe("requireUser / requireRole", () => {
  beforeEach(() => {
    vi.resetModules();
    auth.mockReset();
  });

  test("a visitor is sent to the sign-in page of their language, with the way back", async () => {
    auth.mockResolvedValue(null);
    const { requireUser } = await import("@/lib/auth/session");

    expect(await thrown(() => requireUser("ar", "/ar/admin"))).toMatch(/^NEXT_REDIRECT;replace;\/ar\/sign-in\?callbackUrl=%2Far%2Fadmin;307;/);
  });

  test.each(["STAKEHOLDER", "DELEGATE"] as const)("a %s is refused by requireRole('SECRETARIAT') with 403", async (role) => {
    auth.mockResolvedValue({ user: { id: "u1", email: "someone@example.org", role } });
    const { requireRole } = await import("@/lib/auth/session");

    expect(await thrown(() => requireRole("SECRETARIAT", "en"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  test("the secretariat passes and gets its user", async () => {
    auth.mockResolvedValue({ user: { id: "u2", email: "staff@itu.int", name: "Staff", role: "SECRETARIAT", secondFactorVerified: true } });
    const { requireRole } = await import("@/lib/auth/session");

    await expect(requireRole("SECRETARIAT", "en")).resolves.toEqual({ id: "u2", email: "staff@itu.int", name: "Staff", role: "SECRETARIAT", secondFactorVerified: true });
  });

  test("route handlers get 401 for visitors and 403 for the wrong role", async () => {
    const { authorizeRequest } = await import("@/lib/auth/session");
    auth.mockResolvedValue(null);
    expect(await authorizeRequest("SECRETARIAT")).toEqual({ status: 401 });
    auth.mockResolvedValue({ user: { id: "u1", email: "d@example.org", role: "DELEGATE" } });
    expect(await authorizeRequest("SECRETARIAT")).toEqual({ status: 403 });
  });

  test("a secretariat session without its second factor: pages go to the second-factor page, route handlers get 403", async () => {
    auth.mockResolvedValue({ user: { id: "u3", email: "staff@itu.int", name: "Staff", role: "SECRETARIAT", secondFactorVerified: false } });
    const { requireRole, authorizeRequest } = await import("@/lib/auth/session");

    expect(await thrown(() => requireRole("SECRETARIAT", "fr", "/fr/admin/exports"))).toMatch(/^NEXT_REDIRECT;replace;\/fr\/admin\/second-factor\?callbackUrl=%2Ffr%2Fadmin%2Fexports;307;/);
    expect(await authorizeRequest("SECRETARIAT")).toEqual({ status: 403 });
    // only the second-factor page and its actions accept such a session
    await expect(requireRole("SECRETARIAT", "fr", "/fr/admin/second-factor", { secondFactor: "pending" })).resolves.toMatchObject({ id: "u3", secondFactorVerified: false });
  });

  test("the second factor is the secretariat's alone: other roles never need it", async () => {
    auth.mockResolvedValue({ user: { id: "u4", email: "d@example.org", role: "DELEGATE" } });
    const { requireRole } = await import("@/lib/auth/session");
    await expect(requireRole("DELEGATE", "en")).resolves.toMatchObject({ id: "u4" });
  });
});
