"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { formToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { invalid } from "@/lib/actions/run";
import { isLocale, defaultLocale, type Locale } from "@/lib/i18n/locales";
import { rateLimit } from "@/lib/security/rate-limit";
import { getTranslations } from "next-intl/server";
import { echoValues } from "@/lib/actions/form-data";
import { signIn } from "./auth";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { signInSchema } from "./schemas";

/** Sends a magic link. Public: validated and rate-limited per address. */
export async function signInAction(locale: Locale, _prev: FormState, formData: FormData): Promise<FormState> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const parsed = signInSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(lang, parsed.error, formData);
  if (!rateLimit(`sign-in:${parsed.data.email.toLowerCase()}`, { limit: 5, windowMs: 15 * 60_000 })) {
    const t = await getTranslations({ locale: lang, namespace: "Errors" });
    return { status: "error", code: "RATE_LIMITED", message: t("RATE_LIMITED"), values: echoValues(formData) };
  }
  try {
    await signIn("nodemailer", {
      email: parsed.data.email,
      redirectTo: safeRedirectPath(parsed.data.callbackUrl, `/${lang}`),
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const t = await getTranslations({ locale: lang, namespace: "SignIn" });
      return { status: "error", code: "FORBIDDEN", message: t("errorDefault"), values: echoValues(formData) };
    }
    throw error;
  }
  redirect(`/${lang}/sign-in/check-email`);
}
