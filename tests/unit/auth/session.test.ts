import { beforeEach, describe, expect, expectTypeOf, test, vi } from "vitest";
import type { CurrentUser, Secretariat } from "@/lib/auth/session";

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

    await expect(requireRole("SECRETARIAT", "en")).resolves.toEqual({
      id: "u2",
      email: "staff@itu.int",
      name: "Staff",
      role: "SECRETARIAT",
      secondFactorVerified: true,
    });
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

    expect(await thrown(() => requireRole("SECRETARIAT", "fr", "/fr/admin/exports"))).toMatch(
      /^NEXT_REDIRECT;replace;\/fr\/admin\/second-factor\?callbackUrl=%2Ffr%2Fadmin%2Fexports;307;/,
    );
    expect(await authorizeRequest("SECRETARIAT")).toEqual({ status: 403 });
    // only the second-factor page and its actions accept such a session
    await expect(requireRole("SECRETARIAT", "fr", "/fr/admin/second-factor", { secondFactor: "pending" })).resolves.toMatchObject({
      id: "u3",
      secondFactorVerified: false,
    });
  });

  test("the second factor is the secretariat's alone: other roles never need it", async () => {
    auth.mockResolvedValue({ user: { id: "u4", email: "d@example.org", role: "DELEGATE" } });
    const { requireRole } = await import("@/lib/auth/session");
    await expect(requireRole("DELEGATE", "en")).resolves.toMatchObject({ id: "u4" });
  });
});

describe("requireSecretariat / authorizeSecretariatRequest: the only way to a Secretariat", () => {
  beforeEach(() => {
    vi.resetModules();
    auth.mockReset();
  });

  test("a visitor signs in first, another role gets 403, a secretariat session without its second factor goes to it", async () => {
    const { requireSecretariat, authorizeSecretariatRequest } = await import("@/lib/auth/session");
    auth.mockResolvedValue(null);
    expect(await thrown(() => requireSecretariat("ar", "/ar/admin/staff"))).toMatch(
      /^NEXT_REDIRECT;replace;\/ar\/sign-in\?callbackUrl=%2Far%2Fadmin%2Fstaff;307;/,
    );
    expect(await authorizeSecretariatRequest()).toEqual({ status: 401 });

    for (const role of ["STAKEHOLDER", "DELEGATE"] as const) {
      auth.mockResolvedValue({ user: { id: "u5", email: "someone@example.org", role } });
      expect(await thrown(() => requireSecretariat("en"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
      expect(await authorizeSecretariatRequest()).toEqual({ status: 403 });
    }

    auth.mockResolvedValue({ user: { id: "u6", email: "staff@itu.int", role: "SECRETARIAT", secondFactorVerified: false } });
    expect(await thrown(() => requireSecretariat("en", "/en/admin/mail"))).toMatch(
      /^NEXT_REDIRECT;replace;\/en\/admin\/second-factor\?callbackUrl=%2Fen%2Fadmin%2Fmail;307;/,
    );
    expect(await authorizeSecretariatRequest()).toEqual({ status: 403 });
  });

  test("the secretariat, second factor passed, gets its context", async () => {
    auth.mockResolvedValue({ user: { id: "u7", email: "staff@itu.int", name: "Staff", role: "SECRETARIAT", secondFactorVerified: true } });
    const { requireSecretariat, authorizeSecretariatRequest } = await import("@/lib/auth/session");
    await expect(requireSecretariat("en")).resolves.toMatchObject({ id: "u7", role: "SECRETARIAT" });
    await expect(authorizeSecretariatRequest()).resolves.toMatchObject({ secretariat: { id: "u7", role: "SECRETARIAT" } });
  });
});

test("a plain user, even one whose role says SECRETARIAT, is no Secretariat to the compiler (checked by tsc)", () => {
  expectTypeOf<CurrentUser>().not.toExtend<Secretariat>();
  expectTypeOf<CurrentUser & { role: "SECRETARIAT" }>().not.toExtend<Secretariat>();
  expectTypeOf<Secretariat>().toExtend<CurrentUser>();
});
