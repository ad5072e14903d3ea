import Papa from "papaparse";
import { neutraliseCell, type CellValue } from "./cells";

/**
 * CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark: without it Excel reads the file as the
 * machine's legacy code page and Arabic, Chinese and Russian text comes out garbled.
 */
export function toCsv(headers: string[], rows: CellValue[][]): string {
  const data = rows.map((r) => r.map((c) => {
    const v = neutraliseCell(c);
    return v === null ? "" : String(v);
  }));
  return "\uFEFF" + Papa.unparse({ fields: headers, data }, { newline: "\r\n", quotes: false });
}
