import Papa from "papaparse";
import { neutraliseCell, type CellValue } from "./cells";

/**
 * CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark: without it Excel reads the file as the
 * machine's legacy code page and Arabic, Chinese and Russian text comes out garbled.
 *
 * Every cell, headers included, is neutralised (cells.ts) and quoted. A spreadsheet guesses the
 * separator from the machine's settings (a comma here, a semicolon in much of Europe, sometimes
 * a tab), and a cell holding one of them must not be split there: unquoted, `x;=1+2` opened
 * with semicolons is `x` and a formula `=1+2`. Quoting every cell (OWASP's advice) rather than
 * only those holding a separator also keeps each line one quoted run for a reader that splits
 * on another separator than ours, so no cell of it starts after a stray separator.
 */
export function toCsv(headers: string[], rows: CellValue[][]): string {
  const cell = (c: CellValue) => {
    const v = neutraliseCell(c);
    return v === null ? "" : String(v);
  };
  return "\uFEFF" + Papa.unparse({ fields: headers.map(cell), data: rows.map((r) => r.map(cell)) }, { newline: "\r\n", quotes: true });
}
