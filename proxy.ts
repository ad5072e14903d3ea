import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

/**
 * Language negotiation only: "/" and paths without a language go to the visitor's language
 * (cookie, then Accept-Language), and the chosen language is remembered. It is not an access
 * gate: every protected page, query and action checks the user itself.
 */
export default createMiddleware(routing);

export const config = {
  // not API routes, Next internals or files with an extension
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
