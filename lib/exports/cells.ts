// Spreadsheet software runs a cell that starts with "=", "+", "-" or "@" as a formula (and some
// also after a tab, a carriage return, a line feed or a NUL), so text written by the public
// could execute on the secretariat's computer (OWASP "CSV injection", ASVS 1.2.10). Such cells
// are prefixed with an apostrophe, which every spreadsheet shows as text. So are cells where the
// formula character comes after spaces, quotes or a separator: a spreadsheet that trims or
// splits the cell differently would see it first. Only text is touched: numbers stay numbers.
// (In CSV every cell is also quoted, so a separator inside a cell does not split it: csv.ts.)

export type CellValue = string | number | boolean | null | undefined;

const dangerous = /^(?:[\t\r\n\0]|[\s",;]*[=+\-@])/;

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
