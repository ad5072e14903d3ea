import type { ErrorCode } from "./errors";

/**
 * A message that has not been translated yet: a key of a validation namespace (see
 * lib/actions/translate.ts), or a key of a named namespace, with ICU values.
 */
export type MessageRef = string | { key: string; namespace?: string; values?: Record<string, string | number> };

/** Translated messages per field name, as the form names its fields (rows: `group[key].field`). */
export type FieldErrors = Partial<Record<string, string[]>>;

/** What the user sent, echoed back (never files or secrets), capped in size. */
export type FormValues = Partial<Record<string, string | string[]>>;

/**
 * What a server action returns to its form. The error code crosses the boundary with its
 * sentence already translated by the pipeline (it knows the locale), so the client only
 * displays it; `values` lets a page rendered without JavaScript show what was typed.
 */
export type FormState<F extends string = string, D = unknown> =
  | { status: "idle"; values?: Partial<Record<F, string | string[]>> }
  | {
      status: "success";
      message?: string;
      values?: Partial<Record<F, string | string[]>>;
      /** a path of this site the browser must load as a new page (see Done.reload) */
      reload?: string;
      /** what the handler returned for the form to go on with (see Done.data) */
      data?: D;
    }
  | {
      status: "error";
      code: ErrorCode;
      /** a translated sentence for the top of the form */
      message: string;
      /** translated messages per field */
      fieldErrors?: Partial<Record<F, string[]>>;
      /** what the user typed, echoed back */
      values?: Partial<Record<F, string | string[]>>;
      /** the names of the files chosen, by field (files themselves never come back) */
      files?: Record<string, string>;
    };

export const idle: FormState = { status: "idle" };

/** Whether a path the server asked the browser to load is one of this site's ("/en/…", not "//evil" or "/\\evil"). */
export function isSitePath(target: string): boolean {
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return false;
  const base = new URL("http://site.invalid");
  return URL.canParse(target, base) && new URL(target, base).origin === base.origin;
}

/** The page a successful answer asks the browser to load as a new page, when it is one of this site's. */
export function reloadTarget(state: FormState): string | undefined {
  return state.status === "success" && state.reload && isSitePath(state.reload) ? state.reload : undefined;
}
