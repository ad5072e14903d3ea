import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { DomainError, isUniqueViolation } from "./errors";
import type { FormState } from "./form-state";
import { echoValues } from "./form-data";

/**
 * The failed-validation state of a form: each field's first message, translated. Schemas give
 * their messages as keys of the "Validation" namespace ("required", "tooLong", ...).
 */
export async function invalid(locale: Locale, error: z.ZodError, formData: FormData, omit: string[] = []): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "Validation" });
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key = t.has(issue.message as never) ? issue.message : "invalid";
    (fieldErrors[field] ??= []).push(t(key as never));
  }
  const te = await getTranslations({ locale, namespace: "Errors" });
  return { status: "error", code: "VALIDATION", message: te("VALIDATION"), fieldErrors, values: echoValues(formData, omit) };
}

/**
 * Runs a domain call; expected failures (DomainError, a unique-key race) become an error state
 * with the user's input echoed back. Anything else propagates to the error page.
 */
export async function runDomain<T>(
  locale: Locale,
  formData: FormData | null,
  fn: () => Promise<T>,
): Promise<{ status: "ok"; data: T } | Extract<FormState, { status: "error" }>> {
  try {
    return { status: "ok", data: await fn() };
  } catch (error) {
    const domain = error instanceof DomainError ? error : isUniqueViolation(error) ? new DomainError("CONFLICT") : null;
    if (!domain) throw error;
    const t = await getTranslations({ locale, namespace: "Errors" });
    const tv = await getTranslations({ locale, namespace: "Validation" });
    const fieldErrors = domain.fieldErrors
      ? Object.fromEntries(Object.entries(domain.fieldErrors).map(([f, refs]) => [f, refs.map((ref) => (typeof ref === "string" ? ref : ref.key)).map((k) => (tv.has(k as never) ? tv(k as never) : k))]))
      : undefined;
    return { status: "error", code: domain.code, message: t(domain.code), fieldErrors, values: formData ? echoValues(formData) : undefined };
  }
}
