import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";
import { EMAIL_CALLBACK_PATH } from "@/lib/auth/open-session";
import { menuSession } from "@/lib/auth/menu-session";

/**
 * Auth.js's endpoints, with three changes:
 * - GET of the e-mail callback spends nothing: an old-style link (or a scanner guessing it) is
 *   sent to the confirmation page, whose button does the sign-in;
 * - the callback is not open to POSTs from outside either: only the confirmation and code
 *   actions spend tokens (they call Auth.js directly, after checking the request's origin);
 * - the session endpoint tells page scripts only what the menu shows (no session token, no row).
 * Asking for a sign-in mail here (POST /api/auth/signin/nodemailer) goes through the same
 * validation and rate limits as the form: they live in sendVerificationRequest.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === EMAIL_CALLBACK_PATH) {
    const confirm = new URL("/sign-in/confirm", request.nextUrl.origin);
    for (const name of ["email", "token", "callbackUrl"]) {
      const value = searchParams.get(name);
      if (value) confirm.searchParams.set(name, value);
    }
    return NextResponse.redirect(confirm, 303);
  }
  const response = await handlers.GET(request);
  if (pathname === "/api/auth/session" && response.ok) return menuSession(response);
  return response;
}

export async function POST(request: NextRequest): Promise<Response> {
  // the size and origin check the proxy gives pages
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) return NextResponse.json({ error: "Use the sign-in page." }, { status: 403 });
  const response = await handlers.POST(request);
  if (request.nextUrl.pathname === "/api/auth/session" && response.ok) return menuSession(response);
  return response;
}
