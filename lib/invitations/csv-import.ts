// Reading a CSV of addressees (one Member State a row) into checked rows, without touching the
// database: the preview shows every bad row before anything is saved, and the import re-runs
// the same check inside its transaction. Pure: the Member States and the campaign's existing
// addressees are passed in.
import Papa from "papaparse";
import { addresseeSchema, type AddresseeField, type AddresseeInput } from "./schemas";

export const CSV_MAX_CHARS = 400_000;
export const CSV_MAX_ROWS = 400;

/** Accepted spellings of each column's header (compared lower-cased, spaces and _ - folded). */
const HEADERS: Record<AddresseeField, string[]> = {
  country: ["country", "memberstate", "iso", "isocode", "code", "state"],
  name: ["name", "addressee", "addresseename"],
  title: ["title", "addresseetitle", "function"],
  email: ["email", "mail", "emailaddress"],
  language: ["language", "lang", "preferredlanguage"],
};
const fold = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]/g, "");

export interface CsvRowError {
  field: AddresseeField | "row";
  /** a key of "InvitationValidation" or "Validation" */
  message: string;
}

/** Something the secretariat should know before importing a good row (it is imported all the same). */
export interface CsvRowWarning {
  /** a key of "InvitationValidation" */
  message: "alsoInvitedIn";
  values: { symbols: string };
}

export interface CsvRow {
  /** the row's number in the file, the header being row 1 */
  row: number;
  /** what the file says, for the preview */
  raw: Record<AddresseeField, string>;
  errors: CsvRowError[];
  warnings: CsvRowWarning[];
  /** the checked addressee, when the row has no errors */
  value?: AddresseeInput;
}

export interface CsvCheck {
  /** problems with the file as a whole (keys of "InvitationValidation"); no row is usable then */
  fileErrors: string[];
  rows: CsvRow[];
  valid: AddresseeInput[];
}

export interface CsvContext {
  /** alpha-2 and alpha-3 codes (upper case) of the Member States -> alpha-2 */
  memberStates: ReadonlyMap<string, string>;
  /** alpha-2 codes already invited in this campaign */
  alreadyInvited: ReadonlySet<string>;
  /** addresses already invited in this campaign (lower case) */
  invitedEmails?: ReadonlySet<string>;
  /** alpha-2 code -> symbols of the edition's other campaigns that invite that State (not revoked) */
  invitedElsewhere?: Readonly<Record<string, string[]>>;
}

export function checkAddresseeCsv(text: string, context: CsvContext): CsvCheck {
  const none = (fileErrors: string[]): CsvCheck => ({ fileErrors, rows: [], valid: [] });
  if (text.length > CSV_MAX_CHARS) return none(["csvTooLarge"]);
  if (text.trim() === "") return none(["csvEmpty"]);

  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  if (!header) return none(["csvEmpty"]);
  const columns = {} as Record<AddresseeField, number>;
  for (const field of Object.keys(HEADERS) as AddresseeField[]) {
    const index = header.findIndex((h) => HEADERS[field].includes(fold(h)));
    if (index < 0) return none(["csvMissingColumns"]);
    columns[field] = index;
  }
  if (body.length === 0) return none(["csvEmpty"]);
  if (body.length > CSV_MAX_ROWS) return none(["csvTooManyRows"]);

  const seenStates = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  const rows: CsvRow[] = body.map((cells, i) => {
    const raw = Object.fromEntries((Object.keys(columns) as AddresseeField[]).map((f) => [f, String(cells[columns[f]] ?? "").slice(0, 1000)])) as Record<
      AddresseeField,
      string
    >;
    const row: CsvRow = { row: i + 2, raw, errors: [], warnings: [] };
    if (cells.length !== header.length) row.errors.push({ field: "row", message: "csvMalformedRow" });

    // every field is checked, and the lookups below run for each field that is itself valid, so a
    // row's problems all show at once (not the unknown State only after the e-mail was mended)
    const result = addresseeSchema.safeParse(raw);
    const issues = result.success ? [] : result.error.issues;
    for (const issue of issues) {
      const field = String(issue.path[0]) as AddresseeField;
      if (!row.errors.some((e) => e.field === field)) row.errors.push({ field, message: issue.message });
    }
    const valid = (field: AddresseeField) => !issues.some((issue) => issue.path[0] === field);
    const country = valid("country") ? addresseeSchema.shape.country.parse(raw.country) : null;
    const code = country === null ? undefined : context.memberStates.get(country);
    if (country !== null && !code) row.errors.push({ field: "country", message: "unknownCountry" });
    if (code) {
      if (context.alreadyInvited.has(code)) row.errors.push({ field: "country", message: "alreadyInvited" });
      else if (seenStates.has(code)) row.errors.push({ field: "country", message: "duplicateCountry" });
    }
    const email = valid("email") ? addresseeSchema.shape.email.parse(raw.email) : null;
    if (email !== null) {
      if (context.invitedEmails?.has(email)) row.errors.push({ field: "email", message: "emailAlreadyInvited" });
      else if (seenEmails.has(email)) row.errors.push({ field: "email", message: "duplicateEmail" });
    }
    if (!result.success || !code || row.errors.length) return row;
    // only a row that will be imported claims its State and address: a later row for the same
    // State is a duplicate, an earlier bad row (left out) is not
    seenStates.set(code, row.row);
    seenEmails.set(result.data.email, row.row);
    if (row.errors.length === 0) row.value = { ...result.data, country: code };
    const elsewhere = context.invitedElsewhere?.[code];
    if (row.value && elsewhere?.length) row.warnings.push({ message: "alsoInvitedIn", values: { symbols: elsewhere.join(", ") } });
    return row;
  });
  return { fileErrors: [], rows, valid: rows.flatMap((r) => (r.value ? [r.value] : [])) };
}
