import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { neutraliseCell } from "@/lib/exports/cells";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";

const dangerous = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1"];
const harmless = ["مرحبا بالعالم — منتدى القمة العالمية لمجتمع المعلومات", "Genève, «Suisse»", "信息社会世界峰会", "Всемирная встреча", "a,b;\"quoted\"\nnew line", "1 = 1", "e-mail"];

/** What a reader gets back once the neutralising apostrophe is taken off. */
const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

describe("formula injection", () => {
  test.each(dangerous)("a cell starting with %j comes out as text, prefixed with an apostrophe", (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  test.each(harmless)("%j is left alone", (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  test("numbers, booleans and empty cells keep their type", () => {
    expect([neutraliseCell(-3), neutraliseCell(true), neutraliseCell(null), neutraliseCell(undefined)]).toEqual([-3, true, null, null]);
  });
});

describe("CSV", () => {
  test("starts with a UTF-8 byte-order mark and parses back to the same text, Arabic included", () => {
    const rows = [...dangerous, ...harmless].map((v, i) => [i, v]);

    const csv = toCsv(["#", "نص"], rows);

    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString("utf8").slice(1), { newline: "\r\n" }).data;
    expect(parsed[0]).toEqual(["#", "نص"]);
    const cells = parsed.slice(1).map((r) => r[1]!);
    expect(cells.map(unguard)).toEqual([...dangerous, ...harmless]);
    for (const cell of cells.slice(0, dangerous.length)) expect(cell.startsWith("'")).toBe(true);
    for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });
});

describe("XLSX", () => {
  test("reads back with every dangerous cell inert and every text intact", async () => {
    const values = [...dangerous, ...harmless];

    const buffer = await toXlsx("submissions", ["reference", "title"], values.map((v, i) => [`R-${i}`, v]), { rtl: true });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("submissions")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "reference", "title"]);
    const cells = values.map((_, i) => sheet.getRow(i + 2).getCell(2));
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    // XML cannot carry a carriage return: it comes back as the line feed it was written as
    expect(cells.map((c) => unguard(String(c.value)))).toEqual(values.map((v) => v.replace(/\r\n?/g, "\n")));
    expect(cells.slice(0, dangerous.length).every((c) => String(c.value).startsWith("'"))).toBe(true);
  });
});
