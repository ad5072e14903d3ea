import { env } from "@/lib/env";

/**
 * The one check for every redirect target that comes from a request (`returnTo`, `callbackUrl`):
 * the value is resolved with `new URL` against the portal's origin, as a browser would resolve a
 * Location header, and only a target on that same origin survives, returned as a path
 * ("/en/x?y#z"). Anything else (another host, another port or scheme, `javascript:`, a path the
 * browser would read as `//host`) gives `fallback`.
 *
 * Control characters and backslashes are refused before parsing: browsers drop tabs and line
 * breaks and read "\" as "/", so "/\t/evil.example" and "/\evil.example" both mean another host.
 */
export function safeRedirectPath(value: unknown, fallback: string, origin: string = env().APP_URL): string {
  if (typeof value !== "string" || value === "" || value.length > 2048) return fallback;
  if (/[\u0000-\u001F\u007F-\u009F\\]/.test(value)) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin || target.username || target.password) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // "/.//evil" resolves to the path "//evil", which a browser reads as another host
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
