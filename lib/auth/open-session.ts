import "server-only";
import { NextRequest } from "next/server";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { handlers } from "./auth";

/** Auth.js's callback for the e-mail provider: the only place a magic-link token is spent. */
export const EMAIL_CALLBACK_PATH = "/api/auth/callback/nodemailer";

/**
 * Spends a magic-link token through Auth.js itself (its checks, its signIn callback, its session
 * row and cookie), called from the confirmation POST; the HTTP route refuses this callback to the
 * outside, so no GET of any link can spend a token. Copies Auth.js's cookies into the response
 * and returns where Auth.js sends the browser: as a same-origin path, the error page otherwise.
 */
export async function spendMagicLinkToken({ email, token, callbackUrl }: { email: string; token: string; callbackUrl?: string }): Promise<string> {
  const incoming = await headers();
  // the origin the browser used (Next.js sets these headers), as Auth.js and auth() will see it
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host");
  const origin = host ? `${incoming.get("x-forwarded-proto") ?? "http"}://${host}` : new URL(env().APP_URL).origin;
  const url = new URL(EMAIL_CALLBACK_PATH, origin);
  url.search = new URLSearchParams({ token, email, ...(callbackUrl && { callbackUrl }) }).toString();
  const forwarded = new Headers();
  for (const name of ["cookie", "user-agent", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "host"]) {
    const value = incoming.get(name);
    if (value) forwarded.set(name, value);
  }
  const response = await handlers.POST(new NextRequest(url, { method: "POST", headers: forwarded }));
  const jar = await cookies();
  for (const line of response.headers.getSetCookie()) {
    const cookie = parseSetCookie(line);
    if (cookie) jar.set(cookie);
  }
  return samePath(response.headers.get("location"), url.origin) ?? "/sign-in/error?error=Verification";
}

/** A redirect target as a path, only when it stays on this site. */
function samePath(location: string | null, origin: string): string | null {
  if (!location) return null;
  const target = new URL(location, origin);
  if (target.origin !== origin) return null;
  return `${target.pathname}${target.search}`;
}

interface ParsedCookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  expires?: Date;
  maxAge?: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: "lax" | "strict" | "none";
}

/** One Set-Cookie header as Auth.js writes them (name=value; Path; Expires; HttpOnly; SameSite; Secure). */
export function parseSetCookie(line: string): ParsedCookie | null {
  const [pair, ...attributes] = line.split(";").map((p) => p.trim());
  const eq = pair?.indexOf("=") ?? -1;
  if (!pair || eq <= 0) return null;
  const cookie: ParsedCookie = { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)) };
  for (const attribute of attributes) {
    const [key = "", ...rest] = attribute.split("=");
    const value = rest.join("=");
    switch (key.toLowerCase()) {
      case "path":
        cookie.path = value;
        break;
      case "domain":
        cookie.domain = value;
        break;
      case "expires":
        cookie.expires = new Date(value);
        break;
      case "max-age":
        cookie.maxAge = Number(value);
        break;
      case "httponly":
        cookie.httpOnly = true;
        break;
      case "secure":
        cookie.secure = true;
        break;
      case "samesite": {
        const v = value.toLowerCase();
        if (v === "lax" || v === "strict" || v === "none") cookie.sameSite = v;
        break;
      }
    }
  }
  return cookie;
}
