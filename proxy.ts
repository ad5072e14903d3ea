import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";

const negotiateLanguage = createMiddleware(routing);

/**
 * Language negotiation: "/" and paths without a language go to the visitor's language (cookie,
 * then Accept-Language), and the chosen language is remembered. It is not an access gate: every
 * protected page, query and action checks the user itself.
 *
 * Before that, a POST to a page (a server action, with or without JavaScript) that declares a
 * body above the limit or comes from another site is answered 413 or 403 here, from its headers
 * alone: past this point Next would read the body and answer both with a bare 500. GET requests
 * pay one method comparison.
 */
export default function proxy(request: NextRequest) {
  return refuseUnsafeRequest(request) ?? negotiateLanguage(request);
}

export const config = {
  // not API routes (their POST handlers call refuseUnsafeRequest themselves), Next internals or
  // files with an extension
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
