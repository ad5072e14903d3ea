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

/** The values to echo back into a form after an error (never files or secrets). */
export function echoValues(formData: FormData, omit: string[] = []): Record<string, string | string[]> {
  const values = formToObject(formData);
  for (const key of omit) delete values[key];
  return values;
}
