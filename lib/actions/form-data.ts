/**
 * FormData to a plain object for zod: repeated keys become arrays, files are left out (they are
 * validated separately), and strings lose control characters a browser should never send.
 */
export function formToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const clean = stripControlCharacters(value);
    const existing = out[key];
    if (existing === undefined) out[key] = clean;
    else out[key] = Array.isArray(existing) ? [...existing, clean] : [existing, clean];
  }
  return out;
}

/** Removes C0/C1 control characters except tab and line breaks. */
export const stripControlCharacters = (value: string) =>
  value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "");

/**
 * The longest value echoed back: the longest text any form accepts (the pasted CSV of an
 * invitation import, 400,000 characters). A longer value is refused by its schema anyway; the
 * user gets its beginning back.
 */
export const ECHO_VALUE_MAX_CHARS = 400_000;
/** All echoed values together: a 5 MB post must not come back as megabytes of form state. */
export const ECHO_TOTAL_MAX_CHARS = 500_000;

/** Cuts to `max` UTF-16 units without leaving half a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? "") ? max - 1 : max;
  return value.slice(0, Math.max(0, end));
}

/**
 * The values to echo back into a form after an error (never files or secrets). Each value is cut
 * to `maxValueChars` and the whole to `maxTotalChars`, in form order: once the budget is spent,
 * later values are cut to what is left or left out (their fields show their saved value).
 */
export function echoValues(
  formData: FormData,
  omit: string[] = [],
  { maxValueChars = ECHO_VALUE_MAX_CHARS, maxTotalChars = ECHO_TOTAL_MAX_CHARS }: { maxValueChars?: number; maxTotalChars?: number } = {},
): Record<string, string | string[]> {
  const values = formToObject(formData);
  for (const key of omit) delete values[key];
  let budget = maxTotalChars;
  const take = (value: string): string | null => {
    if (budget <= 0) return null;
    const kept = cut(value, Math.min(maxValueChars, budget));
    budget -= kept.length;
    return kept;
  };
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      const kept = value.map(take).filter((v): v is string => v !== null);
      if (kept.length) out[key] = kept;
    } else {
      const kept = take(value);
      if (kept !== null) out[key] = kept;
    }
  }
  return out;
}
