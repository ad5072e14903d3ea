// Done.reload: a script-driven submit gets the path back for a full page load; a form posted
// without JavaScript is redirected; a target that is not a path of this site is refused.
import { describe, expect, test, vi } from "vitest";
import { z } from "zod";

const request = vi.hoisted(() => ({ script: true }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.script ? { "next-action": "test" } : {}) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next-intl/server", () => import("../../helpers/next-edges").then((m) => m.intlServer()));
vi.mock("next/navigation", () => import("../../helpers/next-edges").then((m) => m.navigation()));
vi.mock("@/lib/auth/session", () => import("../../helpers/next-edges").then((m) => m.sessionOf({ user: null })));

const reloadTo = async (target: string) => {
  const { formAction } = await import("@/lib/actions/pipeline");
  const action = formAction({ caller: "public", args: z.tuple([]), input: z.object({ email: z.string() }) }, async () => ({ reload: target }));
  const data = new FormData();
  data.append("email", "a@example.org");
  return action("en", { status: "idle" }, data);
};

describe("Done.reload", () => {
  test("a script-driven submit gets the same-site path to load as a new page", async () => {
    request.script = true;

    expect(await reloadTo("/en/admin?tab=1")).toEqual({ status: "success", reload: "/en/admin?tab=1" });
  });

  test("a form posted without JavaScript is redirected there", async () => {
    request.script = false;

    await expect(reloadTo("/en/admin")).rejects.toMatchObject({ message: "NEXT_REDIRECT", url: "/en/admin" });
  });

  test.each(["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"])("refuses %s", async (target) => {
    request.script = true;

    await expect(reloadTo(target)).rejects.toThrow(/refused redirect target/);
  });
});
