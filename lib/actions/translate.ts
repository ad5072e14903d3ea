import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { ErrorCode } from "./errors";
import type { FieldErrors, MessageRef } from "./form-state";

/**
 * Where field-error keys live. Schemas and services give a key ("required", "wordLimit", …);
 * it is looked up in the action's own area first, then in the other areas, then in the core
 * "Validation" namespace; an unknown key reads as the core "invalid".
 */
export const validationNamespaces = ["ConsultationValidation", "InvitationValidation", "AdminValidation", "RegistrationValidation", "Validation"] as const;
export type ValidationNamespace = (typeof validationNamespaces)[number];
/**
 * An action's own area: a validation namespace, or the namespace of an area whose failures have
 * sentences of their own (the second factor's "errors": a wrong code, and what FORBIDDEN or
 * INVALID_STATE mean there), looked up first for field keys and for the code's sentence.
 */
export type MessageArea = ValidationNamespace | "SecondFactor.errors";

interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
}
const translator = async (locale: Locale, namespace: string) => (await getTranslations({ locale, namespace: namespace as never })) as unknown as Translator;

/** Translates message references: a named namespace's key, or a validation key (area first). */
export async function messageTranslator(locale: Locale, area?: MessageArea) {
  const order = [...new Set([area, ...validationNamespaces].filter((n): n is MessageArea => !!n))];
  const validation = await Promise.all(order.map((namespace) => translator(locale, namespace)));
  const named = new Map<string, Translator>();
  return async (ref: MessageRef): Promise<string> => {
    const { key, values, namespace } = typeof ref === "string" ? { key: ref, values: undefined, namespace: undefined } : ref;
    if (namespace) {
      if (!named.has(namespace)) named.set(namespace, await translator(locale, namespace));
      return named.get(namespace)!(key, values);
    }
    const t = validation.find((candidate) => candidate.has(key));
    return t ? t(key, values) : validation[validation.length - 1]("invalid");
  };
}

/**
 * The one place where a failure's code and message keys become sentences in the user's
 * language. Every action goes through it with the same rules: all of a field's messages, each
 * once, in the order they were found.
 */
export async function translateFailure(
  locale: Locale,
  failure: { code: ErrorCode; fieldErrors?: Record<string, MessageRef[]>; message?: MessageRef },
  area?: MessageArea,
): Promise<{ message: string; fieldErrors?: FieldErrors }> {
  const t = await messageTranslator(locale, area);
  let fieldErrors: FieldErrors | undefined;
  for (const [name, refs] of Object.entries(failure.fieldErrors ?? {})) {
    const list = [...new Set(await Promise.all(refs.map(t)))];
    if (list.length) (fieldErrors ??= {})[name] = list;
  }
  const own = area && !(validationNamespaces as readonly string[]).includes(area) ? await translator(locale, area) : null;
  const message = failure.message ? await t(failure.message) : own?.has(failure.code) ? own(failure.code) : await t({ namespace: "Errors", key: failure.code });
  return { message, fieldErrors };
}
