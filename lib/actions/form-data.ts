/**
 * A repeated row of a form (a delegation member, a speaker): its fields, and the stable key the
 * browser gave it, which travels to the schema and back so an error lands under its own row
 * even when rows before it were removed or left empty.
 */
export type FormRow = { key: string } & Record<string, string | string[]>;
export type FormInput = Record<string, string | string[] | FormRow[]>;

/** `members[k3].name`: row `k3` of the group `members`, its field `name`. */
const ROW_FIELD = /^([A-Za-z][\w]*)\[([\w-]{1,40})\]\.([A-Za-z][\w]*)$/;

/**
 * FormData to a plain object for zod: repeated keys become arrays, `group[key].field` names
 * become rows in the order the form listed them (rows left blank are dropped before the schema
 * numbers them: rows whose fields are all empty, or, for a group named in `rows`, whose named
 * fields are all empty — a row whose only value is a preselected choice is still blank), files are left out (they are validated separately), and
 * strings lose control characters a browser should never send.
 */
export function formToObject(formData: FormData, { rows: significant = {} }: { rows?: Record<string, string[]> } = {}): FormInput {
  const out: FormInput = {};
  const rows = new Map<string, Map<string, FormRow>>();
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const clean = stripControlCharacters(value);
    const row = ROW_FIELD.exec(name);
    if (row) {
      const [, group, key, field] = row;
      if (!rows.has(group)) rows.set(group, new Map());
      const byKey = rows.get(group)!;
      if (!byKey.has(key)) byKey.set(key, { key } as FormRow);
      append(byKey.get(key)!, field, clean);
      continue;
    }
    append(out as Record<string, string | string[]>, name, clean);
  }
  for (const [group, byKey] of rows) {
    const counts = (field: string) => field !== "key" && (!significant[group] || significant[group].includes(field));
    out[group] = [...byKey.values()].filter((r) => Object.entries(r).some(([f, v]) => counts(f) && ([] as string[]).concat(v).some((x) => x.trim() !== "")));
  }
  return out;
}

function append(target: Record<string, string | string[]>, key: string, value: string) {
  const existing = target[key];
  if (existing === undefined) target[key] = value;
  else target[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

/**
 * The form name of a value the schema (or a service) complained about: `["members", 2, "email"]`
 * is the email of the third row *given to the schema*, which the form named `members[<key>].email`.
 */
export function fieldNameOf(path: readonly PropertyKey[], input: FormInput): string {
  const [group, index, ...rest] = path;
  if (typeof group === "string" && typeof index === "number" && Array.isArray(input[group])) {
    const row = (input[group] as unknown[])[index];
    if (row && typeof row === "object" && "key" in row) return [`${group}[${(row as FormRow).key}]`, ...rest.map(String)].join(".");
  }
  return path.map(String).join(".") || "_form";
}

/** Removes C0/C1 control characters except tab and line breaks. */
export const stripControlCharacters = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "");

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
 * The files a failed submit carried, by field: their names (cut, without control characters),
 * so the form can say which file to choose again where the browser did not keep it (a page
 * rendered anew, as without JavaScript).
 */
export function chosenFiles(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" || value.size === 0 || name.startsWith("$ACTION")) continue;
    out[name] = cut(stripControlCharacters(value.name), 200);
  }
  return out;
}

/**
 * The values to echo back into a form after an error (never files or secrets), named as the form
 * names its fields (rows: `members[k3].email`). Each value is cut
 * to `maxValueChars` and the whole to `maxTotalChars`, in form order: once the budget is spent,
 * later values are cut to what is left or left out (their fields show their saved value).
 */
export function echoValues(
  formData: FormData,
  omit: string[] = [],
  { maxValueChars = ECHO_VALUE_MAX_CHARS, maxTotalChars = ECHO_TOTAL_MAX_CHARS }: { maxValueChars?: number; maxTotalChars?: number } = {},
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || omit.includes(name)) continue;
    append(values, name, stripControlCharacters(value));
  }
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
