import "server-only";
import ExcelJS from "exceljs";
import { neutraliseCell, type CellValue } from "./cells";

// XML readers turn every carriage return into a line feed (XML 1.0 §2.11), so a CR cannot survive
// an XLSX file: line breaks are written as LF, which is what spreadsheet cells use anyway.
const xmlSafe = (v: string | number | boolean | null) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v);

/** An XLSX workbook of one sheet, header row in bold and frozen; cells neutralised like CSV. */
export async function toXlsx(sheetName: string, headers: string[], rows: CellValue[][], options: { rtl?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "WSIS Forum portal";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, rightToLeft: options.rtl ?? false }] });
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((c) => xmlSafe(neutraliseCell(c))));
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
