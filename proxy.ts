import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { isCachedPublicPath } from "@/lib/public/cached-routes";
import { checkInDeskPath, noncePolicy } from "@/lib/security/content-security-policy.mjs";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";

const handleI18nRouting = createMiddleware(routing);

/**
 * Runs only where it is needed (see `config.matcher`): the cached public pages, which a shared
 * cache (deploy/nginx.conf.template) keeps for everyone, never run it, so they never carry a
 * cookie or anything of one visitor.
 *
 * First, a request with a body (a server action, with or without JavaScript) that declares a
 * body above the limit or comes from another site is answered 413 or 403 here, from its headers
 * alone: past this point Next would read the body and answer both with a bare 500.
 *
 * Language negotiation: "/" and paths without a language go to the visitor's language (cookie,
 * then Accept-Language), and that redirect remembers it. And the Content-Security-Policy of pages
 * rendered per request: a fresh nonce in the request's policy, which Next.js puts on every script
 * it renders, and the same policy on the response. Cached pages get theirs from the cache
 * (lib/security/cache-handler.mjs). It is not an access gate: every protected page, query and
 * action checks the user itself.
 */
export default function proxy(request: NextRequest) {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  // a policy sent by the client must never choose the nonce of a rendering
  request.headers.delete("content-security-policy");
  request.headers.delete("content-security-policy-report-only");
  const { pathname } = request.nextUrl;

  const [, first = "", ...rest] = pathname.split("/");
  const pathWithoutLocale = rest.length ? `/${rest.join("/")}` : "";
  if (!isLocale(first) || isCachedPublicPath(pathWithoutLocale)) return handleI18nRouting(request);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  // the check-in desk's QR decoder is WebAssembly: compiled on that page only
  const policy = noncePolicy(nonce, process.env.NODE_ENV === "development", { wasm: pathWithoutLocale === checkInDeskPath });
  request.headers.set("content-security-policy", policy);
  const response = handleI18nRouting(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

// Not API routes (their POST handlers call refuseUnsafeRequest themselves), Next internals or
// files with an extension. The matcher must be literals (Next reads it at build time);
// tests/unit/security/proxy-matcher.test.ts checks it against lib/public/cached-routes.ts.
export const config = {
  matcher: [
    // a request with a body, on any page (the limits above)
    { source: "/((?!api/|api$|_next/|_vercel/|.*\\..*).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!api/|api$|_next/|_vercel/|.*\\..*).*)", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/((?!api/|api$|_next/|_vercel/|.*\\..*).*)", has: [{ type: "header", key: "next-action" }] },
    // every page but the cached public pages of lib/public/cached-routes.ts: paths without a
    // language, pages rendered per request, not-found pages
    "/((?!(?:ar|zh|en|fr|ru|es)(?:/(?:contact|partnership|documents(?:/[^/]+(?:/[^/]+)?)?|forums(?:/[^/]+(?:/(?:agenda(?:/[^/]+)?|agenda-filtered/[^/]+|compilation|consultation(?:/phases/[^/]+)?|high-level-track|regional-inputs))?)?))?/?$)(?!api/|api$|_next/|_vercel/|.*\\..*).*)",
  ],
};
