import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { echoValues } from "@/lib/actions/form-data";
import { runDomain } from "@/lib/actions/run";
import type { Locale } from "@/lib/i18n/locales";

/** A message key of this area or of the core "Validation" namespace, translated. */
async function validationTranslator(locale: Locale) {
  const area = await getTranslations({ locale, namespace: "InvitationValidation" });
  const core = await getTranslations({ locale, namespace: "Validation" });
  return (key: string) => (area.has(key as never) ? area(key as never) : core.has(key as never) ? core(key as never) : key);
}

/** The failed-validation state of a form, with this area's messages as well as the core ones. */
export async function invalidInput(locale: Locale, error: z.ZodError, formData: FormData, omit: string[] = []): Promise<FormState> {
  const t = await validationTranslator(locale);
  const te = await getTranslations({ locale, namespace: "Errors" });
  const core = await getTranslations({ locale, namespace: "Validation" });
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const text = t(issue.message);
    const list = (fieldErrors[field] ??= []);
    if (!list.includes(text)) list.push(text === issue.message ? core("invalid") : text);
  }
  return { status: "error", code: "VALIDATION", message: te("VALIDATION"), fieldErrors, values: echoValues(formData, omit) };
}

/** runDomain, with field errors that are keys of this area translated too. */
export async function runInvitationDomain<T>(locale: Locale, formData: FormData | null, fn: () => Promise<T>) {
  const result = await runDomain(locale, formData, fn);
  if (result.status !== "error" || !result.fieldErrors) return result;
  const t = await validationTranslator(locale);
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, list]) => [field, (list ?? []).map((m) => t(m))]));
  return { ...result, fieldErrors };
}

/** The error state of one field (a file, say) with a message key of this area. */
export async function fieldErrorState(locale: Locale, formData: FormData, field: string, key: string, omit: string[] = []): Promise<FormState> {
  const t = await validationTranslator(locale);
  const te = await getTranslations({ locale, namespace: "Errors" });
  return { status: "error", code: "VALIDATION", message: te("VALIDATION"), fieldErrors: { [field]: [t(key)] }, values: echoValues(formData, omit) };
}
