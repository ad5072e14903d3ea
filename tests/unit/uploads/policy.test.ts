import { describe, expect, test } from "vitest";
import { safeFilename } from "@/lib/uploads/policy";

describe("safeFilename", () => {
  test.each([
    ["Contribution finale.pdf", "pdf", "Contribution finale.pdf"],
    ["scan.docx", "pdf", "scan.pdf"],
    ["  many   spaces .doc", "doc", "many spaces.doc"],
    ['what?:<>"|*.pdf', "pdf", "what_______.pdf"],
    ["مساهمة.pdf", "pdf", "مساهمة.pdf"],
  ])("%j stored as %s -> %j", (name, ext, expected) => {
    expect(safeFilename(name, ext)).toBe(expected);
  });

  test.each(["../secret.pdf", "a/b.pdf", "C:\\x\\y.pdf", "..", ".pdf", "bad\u0007.pdf", ".hidden.pdf"])("refuses %j", (name) => {
    expect(safeFilename(name, "pdf")).toBeNull();
  });
});
