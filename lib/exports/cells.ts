// Spreadsheet software runs a cell that starts with "=", "+", "-" or "@" as a formula (and some
// also after a tab or carriage return), so text written by the public could execute on the
// secretariat's computer (OWASP "CSV injection"). Such cells are prefixed with an apostrophe,
// which every spreadsheet shows as text. Only text is touched: numbers stay numbers.

export type CellValue = string | number | boolean | null | undefined;

const dangerous = /^[=+\-@\t\r]/;

export function neutraliseCell(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  return dangerous.test(value) ? `'${value}` : value;
}

export interface Column<R> {
  /** message key of the header in "AdminExportColumns" */
  key: string;
  value: (row: R) => CellValue;
}
