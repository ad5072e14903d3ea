import { describe, expect, test } from "vitest";
import { neutraliseCell } from "@/lib/exports/cells";
import { toCsv } from "@/lib/exports/csv";
import { checkAddresseeCsv, CSV_MAX_ROWS } from "@/lib/invitations/csv-import";

const memberStates = new Map([
  ["CH", "CH"],
  ["CHE", "CH"],
  ["FR", "FR"],
  ["FRA", "FR"],
  ["SN", "SN"],
  ["SEN", "SN"],
  ["EG", "EG"],
]);
const context = { memberStates, alreadyInvited: new Set(["EG"]), invitedEmails: new Set(["taken@gov.example"]) };
const header = "country,name,title,email,language\n";

describe("CSV of addressees", () => {
  test("good rows become addressees; every bad row is reported with its row number and field", () => {
    const csv =
      header +
      [
        "CHE,Ms Anna Rossi,Director,anna@admin.ch,fr",
        "XX,Mr Nobody,Minister,nobody@gov.example,en",
        "FR,Mme Claire Martin,Directrice,not-an-email,fr",
        "CH,Mr Twice,Director,twice@admin.ch,en",
        "EG,Dr Already,Minister,already@gov.example,ar",
        "SN,<b>Bold</b>,Ministre,bold@gov.example,fr",
        "SN,Mme Awa Diop,Ministre,anna@admin.ch,klingon",
      ].join("\n");

    const check = checkAddresseeCsv(csv, context);

    expect(check.fileErrors).toEqual([]);
    expect(check.valid).toEqual([{ country: "CH", name: "Ms Anna Rossi", title: "Director", email: "anna@admin.ch", language: "fr" }]);
    expect(check.rows.map((r) => [r.row, r.errors.map((e) => `${e.field}:${e.message}`)])).toEqual([
      [2, []],
      [3, ["country:unknownCountry"]],
      [4, ["email:email"]],
      [5, ["country:duplicateCountry"]],
      [6, ["country:alreadyInvited"]],
      [7, ["name:noMarkup"]],
      [8, ["language:choice", "email:duplicateEmail"]],
    ]);
  });

  test("a row's problems come back together: an unknown State is reported with a bad e-mail and language", () => {
    const check = checkAddresseeCsv(header + "XX,Mr Nobody,Minister,not-an-email,klingon\nEG,Dr Again,Minister,taken@gov.example,ar\n", context);

    expect(check.rows.map((r) => r.errors.map((e) => `${e.field}:${e.message}`))).toEqual([
      ["email:email", "language:choice", "country:unknownCountry"],
      ["country:alreadyInvited", "email:emailAlreadyInvited"],
    ]);
    expect(check.valid).toEqual([]);
  });

  test("a bad row does not claim its State: a later good row for it is imported, a later row after a good one is a duplicate", () => {
    const check = checkAddresseeCsv(header + "FR,Mme A,T,not-an-email,fr\nFR,Mme B,T,b@gouv.example,fr\nFR,Mme C,T,c@gouv.example,fr\n", context);

    expect(check.rows.map((r) => r.errors.map((e) => `${e.field}:${e.message}`))).toEqual([["email:email"], [], ["country:duplicateCountry"]]);
    expect(check.valid.map((v) => v.email)).toEqual(["b@gouv.example"]);
  });

  test("a duplicate address in the file or in the campaign is a bad row", () => {
    const check = checkAddresseeCsv(header + "CH,A,T,same@x.org,en\nFR,B,T,Same@X.org,fr\nSN,C,T,taken@gov.example,fr\n", context);

    expect(check.rows.map((r) => r.errors.map((e) => e.message))).toEqual([[], ["duplicateEmail"], ["emailAlreadyInvited"]]);
  });

  test("headers may be spelt differently, in another order, with a BOM and quoted cells", () => {
    const check = checkAddresseeCsv('\uFEFFE-mail;Member State;Name;Title;Language\r\na@b.org;CH;"Rossi, Anna";"Director ""ICT""";EN\r\n', context);

    expect(check.valid).toEqual([{ country: "CH", name: "Rossi, Anna", title: 'Director "ICT"', email: "a@b.org", language: "en" }]);
  });

  test("a file without the needed columns, an empty file and a huge file are refused as a whole", () => {
    expect(checkAddresseeCsv("country,name\nCH,A\n", context).fileErrors).toEqual(["csvMissingColumns"]);
    expect(checkAddresseeCsv("  \n", context).fileErrors).toEqual(["csvEmpty"]);
    expect(checkAddresseeCsv(header, context).fileErrors).toEqual(["csvEmpty"]);
    expect(checkAddresseeCsv(header + "CH,A,T,a@b.org,en\n".repeat(CSV_MAX_ROWS + 1), context).fileErrors).toEqual(["csvTooManyRows"]);
    expect(checkAddresseeCsv("x".repeat(400_001), context).fileErrors).toEqual(["csvTooLarge"]);
  });

  test("a row with missing cells is malformed and shows what is missing", () => {
    const check = checkAddresseeCsv(header + "CH,Anna\n", context);

    expect(check.rows[0].errors.map((e) => `${e.field}:${e.message}`)).toEqual(["row:csvMalformedRow", "title:required", "email:required", "language:choice"]);
    expect(check.valid).toEqual([]);
  });
});

// the confirmations export writes its CSV with lib/exports (one writer for every export)
describe("CSV export", () => {
  test("cells a spreadsheet would run as formulas are neutralised", () => {
    expect(neutraliseCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutraliseCell("-1")).toBe("'-1");
    expect(neutraliseCell(3)).toBe(3);
    // every cell quoted, empty ones too (see lib/exports/csv.ts)
    expect(toCsv(["a", "b"], [["x,y", null]])).toBe('\uFEFF"a","b"\r\n"x,y",""');
  });
});
