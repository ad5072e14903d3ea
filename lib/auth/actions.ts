"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { echoValues, formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import type { SignInState } from "./schemas";
import { invalid } from "@/lib/actions/run";
import { env } from "@/lib/env";
import { isLocale, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { signIn } from "./auth";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { landingAfterSignIn } from "./landing";
import { spendMagicLinkToken } from "./open-session";
import { codeSignInSchema, confirmSignInSchema, SENT_TO_COOKIE, signInSchema } from "./schemas";
import { forgetCodeOfLink, redeemSignInCode } from "./sign-in-code";
import { SignInMailRefused } from "./sign-in-mail";

async function error(lang: Locale, code: "RATE_LIMITED" | "FORBIDDEN" | "VALIDATION", formData: FormData, fieldErrors?: Record<string, string[]>): Promise<FormState> {
  const t = await getTranslations({ locale: lang, namespace: code === "FORBIDDEN" ? "SignIn" : "Errors" });
  return { status: "error", code, message: t(code === "FORBIDDEN" ? "errorDefault" : code), fieldErrors, values: echoValues(formData, ["token"]) };
}

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
 * Where to go once signed in. A script-driven action answers with the target and the form loads
 * it as a new page, so that the header's menu (which reads the session in the browser) sees the
 * new session; a form posted without JavaScript is redirected by the server.
 */
async function signedIn(target: string): Promise<SignInState> {
  if ((await headers()).has("next-action")) return { status: "signed-in", to: target };
  redirect(target);
}

/** Sends a magic link with its code. Public: validated, and rate-limited in sendSignInMail. */
export async function signInAction(locale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const parsed = signInSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(lang, parsed.error, formData);
  const email = parsed.data.email.toLowerCase();
  try {
    await signIn("nodemailer", { email, redirectTo: safeRedirectPath(parsed.data.callbackUrl, `/${lang}`), redirect: false });
  } catch (e) {
    if (e instanceof SignInMailRefused && e.reason === "rate-limited") return error(lang, "RATE_LIMITED", formData);
    if (e instanceof AuthError) return error(lang, "FORBIDDEN", formData);
    throw e;
  }
  (await cookies()).set(SENT_TO_COOKIE, email, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 60 });
  redirect(`/${lang}/sign-in/check-email${parsed.data.callbackUrl ? `?callbackUrl=${encodeURIComponent(safeRedirectPath(parsed.data.callbackUrl, `/${lang}`))}` : ""}`);
}

/**
 * The "Sign in as …" button of the page a mailed link opens: the only way a link's token is
 * spent (a GET of the link shows the button and changes nothing). Public on purpose: the token
 * is the credential; Auth.js checks it, its address and its expiry, and spends it once.
 */
export async function confirmSignInAction(locale: Locale, _prev: SignInState, formData: FormData): Promise<SignInState> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const parsed = confirmSignInSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(lang, parsed.error, formData, ["token"]);
  if (!(await fromOwnPage())) return error(lang, "FORBIDDEN", formData);
  const { email, token } = parsed.data;
  const callbackUrl = safeRedirectPath(parsed.data.callbackUrl, `/${lang}`);
  const target = await spendMagicLinkToken({ email, token, callbackUrl });
  if (target.startsWith("/sign-in/error")) redirect(`/${lang}${target}`);
  await forgetCodeOfLink(email, token);
  return signedIn(await landingAfterSignIn(email, lang, target));
}

/**
 * The code typed on the check-your-mail page (for when the link opens in another browser or
 * not at all). Five wrong codes and it is dead; a right one spends the link mailed with it.
 */
export async function signInWithCodeAction(locale: Locale, _prev: SignInState, formData: FormData): Promise<SignInState> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const parsed = codeSignInSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(lang, parsed.error, formData);
  if (!(await fromOwnPage())) return error(lang, "FORBIDDEN", formData);
  const email = parsed.data.email.toLowerCase();
  const token = await redeemSignInCode(email, parsed.data.code);
  if (!token) {
    const t = await getTranslations({ locale: lang, namespace: "SignIn" });
    return error(lang, "VALIDATION", formData, { code: [t("codeWrong")] });
  }
  const target = await spendMagicLinkToken({ email, token, callbackUrl: safeRedirectPath(parsed.data.callbackUrl, `/${lang}`) });
  if (target.startsWith("/sign-in/error")) redirect(`/${lang}${target}`);
  (await cookies()).delete(SENT_TO_COOKIE);
  return signedIn(await landingAfterSignIn(email, lang, target));
}
