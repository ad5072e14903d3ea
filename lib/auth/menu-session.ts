import "server-only";
import { z } from "zod";

const sessionBody = z.object({
  user: z.object({ email: z.string().nullish(), role: z.string().optional() }).optional(),
  expires: z.string().optional(),
});

/** What /api/auth/session tells page scripts: what the menu shows (address and role) and the expiry. */
export type MenuSession = { user: { email: string; role: string }; expires: string } | null;

export function toMenuSession(body: unknown): MenuSession {
  const parsed = sessionBody.safeParse(body);
  const user = parsed.success ? parsed.data.user : undefined;
  if (!parsed.success || !user?.email || !parsed.data.expires) return null;
  return { user: { email: user.email, role: user.role ?? "STAKEHOLDER" }, expires: parsed.data.expires };
}

/**
 * Auth.js answers the session endpoint with the whole session: its token and the user's row.
 * Page scripts (any of them, including injected ones) must not read the token that the
 * httpOnly cookie protects, so the answer is cut down to the menu's fields; its headers (the
 * refreshed cookie) are kept.
 */
export async function menuSession(response: Response): Promise<Response> {
  const body: unknown = await response.json().catch(() => null);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(toMenuSession(body)), { status: response.status, headers });
}
