import "server-only";
import { headers } from "next/headers";
import type { HeaderSession } from "@/components/layout/user-menu";
import { getCurrentUser } from "./session";

/**
 * What the header's user menu can say on the server. A cached page ("force-static",
 * app/[locale]/(cached)/layout.tsx) is rendered once for everyone, so it must not know: there
 * Next.js answers every headers() and cookies() read with an empty value, and a page without even a
 * Host header is such a rendering ("unknown": the menu shows a placeholder until the browser has
 * the session). A page rendered for this request (account, admin, per-request public pages)
 * renders the signed-in menu, or the sign-in link, at once.
 */
export async function headerSession(): Promise<HeaderSession> {
  if (!(await headers()).has("host")) return { kind: "unknown" };
  const user = await getCurrentUser();
  if (!user) return { kind: "anonymous" };
  return { kind: "user", email: user.email, secretariat: user.role === "SECRETARIAT" };
}
