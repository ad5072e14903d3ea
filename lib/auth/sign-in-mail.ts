import "server-only";
import { AuthError } from "next-auth";
import { db } from "@/lib/db";
import { enqueueMail, deliverDueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import type { Locale } from "@/lib/i18n/locales";
import { clientAddress } from "@/lib/security/client-address";
import { signInSchema } from "./schemas";
import { formatCode, generateCode, storeSignInCode } from "./sign-in-code";
import { checkSignInMail } from "./sign-in-limit";

/**
 * Thrown from Auth.js's sendVerificationRequest when no mail may go out: the address is not one
 * single valid address, or a rate limit refused it. Auth.js passes it through to signIn() in a
 * server action (which shows the form's error) and answers its own endpoint with its error page.
 */
export class SignInMailRefused extends AuthError {
  static type = "EmailSignInError";
  constructor(
    readonly reason: "invalid" | "rate-limited",
    readonly retryAfterSeconds = 0,
  ) {
    super(`sign-in mail refused: ${reason}`);
  }
}

/**
 * The page a mailed link opens: it only shows a "Sign in as …" button, and only the button's POST
 * spends the token, so mail scanners that fetch every link (without cookies) sign nobody in.
 */
export function confirmUrl(authCallbackUrl: string, locale: Locale): string {
  const callback = new URL(authCallbackUrl);
  const url = new URL(`/${locale}/sign-in/confirm`, callback.origin);
  for (const name of ["email", "token"]) {
    const value = callback.searchParams.get(name);
    if (value) url.searchParams.set(name, value);
  }
  // Auth.js gives the destination as an absolute URL (checked to be on this site): keep its path
  const destination = callback.searchParams.get("callbackUrl");
  if (destination && URL.canParse(destination, callback.origin)) {
    const target = new URL(destination, callback.origin);
    if (target.origin === callback.origin) url.searchParams.set("callbackUrl", `${target.pathname}${target.search}`);
  }
  return url.toString();
}

/**
 * Every sign-in mail goes through here (Auth.js's sendVerificationRequest, whichever endpoint
 * asked): one address only, within the rate limits, then the mail with its link and code, in the
 * visitor's language, through the outbox (a mail server that is down delays it, with retries).
 */
export async function sendSignInMail({
  identifier,
  url,
  token,
  expires,
  request,
  locale,
}: {
  identifier: string;
  url: string;
  token: string;
  expires: Date;
  request: Request;
  locale: Locale;
}) {
  const parsed = signInSchema.shape.email.safeParse(identifier);
  if (!parsed.success || parsed.data !== identifier) throw new SignInMailRefused("invalid");
  const decision = await checkSignInMail(identifier, clientAddress(request.headers));
  if (!decision.allowed) throw new SignInMailRefused("rate-limited", decision.retryAfterSeconds);

  const t = await mailTranslator(locale);
  const code = generateCode();
  const minutes = Math.round((expires.getTime() - Date.now()) / 60_000);
  const text = t("Mail.signIn.body", { url: confirmUrl(url, locale), code: formatCode(code), minutes });
  const id = await db.$transaction(async (tx) => {
    await storeSignInCode(tx, { email: identifier, code, token, expires });
    return enqueueMail(tx, {
      to: identifier,
      language: locale,
      template: "sign-in",
      subject: t("Mail.signIn.subject"),
      text,
      html: htmlFromText(text, locale),
    });
  });
  if (id) await deliverDueMail({ ids: [id] });
}
