import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { echoValues } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { runDomain } from "@/lib/actions/run";
import type { Locale } from "@/lib/i18n/locales";

// The consultation's forms use the core "Validation" keys and their own ("ConsultationValidation",
// e.g. a word limit or a file type). lib/actions/run.ts knows only the core namespace, so these
// wrappers translate the consultation's keys as well; everything else is the core behaviour.

type Translate = (key: string) => string;

async function fieldTranslator(locale: Locale): Promise<(key: string) => string | null> {
  const core = await getTranslations({ locale, namespace: "Validation" });
  const own = await getTranslations({ locale, namespace: "ConsultationValidation" });
  return (key) =>
    core.has(key as never) ? (core as unknown as Translate)(key) : own.has(key as never) ? (own as unknown as Translate)(key) : null;
}

/** The failed-validation state of a consultation form (each field's first message, translated). */
export async function invalidInput(locale: Locale, error: z.ZodError, formData: FormData, omit: string[] = []): Promise<FormState> {
  const translate = await fieldTranslator(locale);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (fieldErrors[field]?.length) continue;
    (fieldErrors[field] ??= []).push(translate(issue.message) ?? translate("invalid")!);
  }
  const te = await getTranslations({ locale, namespace: "Errors" });
  return { status: "error", code: "VALIDATION", message: te("VALIDATION"), fieldErrors, values: echoValues(formData, omit) };
}

/** runDomain, with field errors given as consultation keys translated too; files are never echoed. */
export async function runConsultation<T>(locale: Locale, formData: FormData | null, fn: () => Promise<T>, omit: string[] = []) {
  const result = await runDomain(locale, formData, fn);
  if (result.status === "ok") return result;
  const translate = await fieldTranslator(locale);
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([f, msgs]) => [f, (msgs ?? []).map((m) => translate(m) ?? m)]))
    : undefined;
  return { ...result, fieldErrors, values: formData ? echoValues(formData, omit) : undefined };
}
