"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import { commandAction, formAction } from "@/lib/actions/pipeline";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { signIn, signOut } from "./auth";
import { landingAfterSignIn } from "./landing";
import { spendMagicLinkToken } from "./open-session";
import { codeSignInSchema, confirmSignInSchema, SENT_TO_COOKIE, signInSchema } from "./schemas";
import { forgetCodeOfLink, redeemSignInCode } from "./sign-in-code";
import { SignInMailRefused } from "./sign-in-mail";

/** Auth.js refused the sign-in (an address it will not mail, a spent or foreign link): one sentence for all. */
const refused = () => new DomainError("FORBIDDEN", undefined, { namespace: "SignIn", key: "errorDefault" });

/**
 * A POST that spends a token must come from the portal's own pages: Next.js already refuses a
 * server action whose Origin is another host; this also refuses one without any Origin.
 */
async function fromOwnPage(): Promise<boolean> {
  const h = await headers();
  const origin = h.get("origin");
  if (!origin) return false;
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const originHost = URL.canParse(origin) ? new URL(origin).host : null;
  return originHost !== null && (originHost === host || originHost === new URL(env().APP_URL).host);
}

/**
 * Once a link's token is spent: where to go, loaded as a new page so that the header's menu
 * (which reads the session in the browser) sees the new session. Auth.js answers with its error
 * page when the token is not good; that one is an ordinary redirect. Without a destination of
 * its own, the user lands where lib/auth/landing.ts says (the secretariat's dashboard, a profile
 * to complete).
 */
async function signedIn(locale: Locale, email: string, target: string) {
  return target.startsWith("/sign-in/error") ? { redirect: `/${locale}${target}` } : { reload: await landingAfterSignIn(email, locale, target) };
}

const publicForm = { caller: "public", args: z.tuple([]) } as const;

/** Sends a magic link with its code. Public: validated, and rate-limited in sendSignInMail. */
export const signInAction = formAction({ ...publicForm, input: signInSchema }, async ({ locale, input }) => {
  const email = input.email.toLowerCase();
  const callbackUrl = input.callbackUrl ? safeRedirectPath(input.callbackUrl, `/${locale}`) : undefined;
  try {
    await signIn("nodemailer", { email, redirectTo: callbackUrl ?? `/${locale}`, redirect: false });
  } catch (e) {
    if (e instanceof SignInMailRefused && e.reason === "rate-limited") throw new DomainError("RATE_LIMITED");
    if (e instanceof AuthError) throw refused();
    throw e;
  }
  (await cookies()).set(SENT_TO_COOKIE, email, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 60 });
  return { redirect: `/${locale}/sign-in/check-email${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}` };
});

/**
 * The "Sign in as …" button of the page a mailed link opens: the only way a link's token is
 * spent (a GET of the link shows the button and changes nothing). Public on purpose: the token
 * is the credential; Auth.js checks it, its address and its expiry, and spends it once.
 */
export const confirmSignInAction = formAction({ ...publicForm, input: confirmSignInSchema, secret: ["token"] }, async ({ locale, input }) => {
  if (!(await fromOwnPage())) throw refused();
  const { email, token } = input;
  const target = await spendMagicLinkToken({ email, token, callbackUrl: safeRedirectPath(input.callbackUrl, `/${locale}`) });
  if (!target.startsWith("/sign-in/error")) await forgetCodeOfLink(email, token);
  return signedIn(locale, email, target);
});

/**
 * The code typed on the check-your-mail page (for when the link opens in another browser or
 * not at all). Five wrong codes and it is dead; a right one spends the link mailed with it.
 */
export const signInWithCodeAction = formAction({ ...publicForm, input: codeSignInSchema }, async ({ locale, input }) => {
  if (!(await fromOwnPage())) throw refused();
  const email = input.email.toLowerCase();
  const token = await redeemSignInCode(email, input.code);
  if (!token) throw new DomainError("VALIDATION", { code: [{ namespace: "SignIn", key: "codeWrong" }] });
  const target = await spendMagicLinkToken({ email, token, callbackUrl: safeRedirectPath(input.callbackUrl, `/${locale}`) });
  if (!target.startsWith("/sign-in/error")) (await cookies()).delete(SENT_TO_COOKIE);
  return signedIn(locale, email, target);
});

/**
 * "Sign out" as a form (components/auth/sign-out-form.tsx), for a click before the page has
 * hydrated or a browser without JavaScript: the session row is deleted and its cookie cleared,
 * then `redirectTo` (a path of this site) is loaded as a new page. Once a page has hydrated, the
 * button signs out in the browser instead, through Auth.js's own endpoint. Public: signing out
 * a session that has already ended is no error; Next refuses a foreign Origin.
 */
export const signOutAction = commandAction({ caller: "public", args: z.tuple([z.string().max(2048)]) }, async ({ actor, locale, args: [redirectTo] }) => {
  if (actor) await signOut({ redirect: false });
  return { reload: safeRedirectPath(redirectTo, `/${locale}`) };
});
