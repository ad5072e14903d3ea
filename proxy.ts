import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { isCachedPublicPath } from "@/lib/public/cached-routes";
import { noncePolicy } from "@/lib/security/content-security-policy.mjs";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";

const handleI18nRouting = createMiddleware(routing);

/**
 * Language negotiation: "/" and paths without a language go to the visitor's language (cookie,
 * then Accept-Language), and the chosen language is remembered. And the Content-Security-Policy
 * of pages rendered per request: a fresh nonce in the request's policy, which Next.js puts on
 * every script it renders, and the same policy on the response. Cached pages get theirs from the
 * cache (lib/security/cache-handler.mjs). It is not an access gate: every protected page, query
 * and action checks the user itself.
 *
 * Before all that, a POST to a page (a server action, with or without JavaScript) that declares a
 * body above the limit or comes from another site is answered 413 or 403 here, from its headers
 * alone: past this point Next would read the body and answer both with a bare 500.
 */
export default function proxy(request: NextRequest) {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  // a policy sent by the client must never choose the nonce of a rendering
  request.headers.delete("content-security-policy");
  request.headers.delete("content-security-policy-report-only");
  const [, first = "", ...rest] = request.nextUrl.pathname.split("/");
  const pathWithoutLocale = rest.length ? `/${rest.join("/")}` : "";
  if (!isLocale(first) || isCachedPublicPath(pathWithoutLocale)) return handleI18nRouting(request);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = noncePolicy(nonce, process.env.NODE_ENV === "development");
  request.headers.set("content-security-policy", policy);
  const response = handleI18nRouting(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // not API routes (their POST handlers call refuseUnsafeRequest themselves), Next internals or
  // files with an extension
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
