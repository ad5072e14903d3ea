import zlib from "node:zlib";
import { describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/policy";
import { genevaTime, endOfGenevaDay } from "@/lib/time/geneva";
import { createUser } from "../../factories/core";
import { createConsultationEdition, createStakeholder } from "../../factories/consultation";
import { outcomeOf, payloadFor, withConsultationDatabase } from "./support";

// The download route reads the session: only that framework edge is stubbed.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/** A minimal .docx: a stored (uncompressed) zip with the Word main part's content type. */
function docx(): Buffer {
  const files: [string, string][] = [
    [
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ],
    ["word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** An OLE compound file header, with or without the stream name Word 97–2003 files carry. */
function cfb(word: boolean): Buffer {
  const b = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  if (word) Buffer.from("WordDocument", "utf16le").copy(b, 1024);
  else Buffer.from("Workbook", "utf16le").copy(b, 1024);
  return b;
}

const file = (bytes: Buffer, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });

const check = async (f: File) => {
  const { checkUpload } = await import("@/lib/uploads/service");
  const result = await checkUpload(f);
  return "error" in result ? { error: result.error } : { ok: result.file };
};

/** The checked file of a check that must pass. */
async function uploaded<T>(check: Promise<{ file: T | null } | { error: unknown }>): Promise<T | null> {
  const result = await check;
  if ("error" in result) throw new Error(`refused: ${String(result.error)}`);
  return result.file;
}

describe("upload checks", () => {
  test("a PDF, a .docx and a Word 97 .doc are accepted by their content", async () => {
    expect((await check(file(PDF, "Contribution finale.pdf"))).ok).toMatchObject({
      filename: "Contribution finale.pdf",
      mimeType: "application/pdf",
      size: PDF.length,
    });
    expect((await check(file(docx(), "note.docx"))).ok).toMatchObject({
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      filename: "note.docx",
    });
    expect((await check(file(cfb(true), "old.doc"))).ok).toMatchObject({ mimeType: "application/msword" });
  });

  test("a fake extension is refused: text named .pdf, HTML named .docx, a spreadsheet named .doc", async () => {
    expect(await check(file(Buffer.from("just some text, not a PDF"), "report.pdf"))).toEqual({ error: "fileType" });
    expect(
      await check(
        file(Buffer.from("<html><script>alert(1)</script></html>"), "report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      ),
    ).toEqual({ error: "fileType" });
    expect(await check(file(cfb(false), "sheet.doc"))).toEqual({ error: "fileType" });
  });

  test("the stored name takes the extension of the detected type", async () => {
    expect((await check(file(PDF, "scan.docx"))).ok?.filename).toBe("scan.pdf");
  });

  test("an oversize file is refused; exactly the limit is accepted", async () => {
    const at = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.length)]);
    const over = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.length + 1)]);

    expect((await check(file(at, "big.pdf"))).ok?.size).toBe(MAX_UPLOAD_BYTES);
    expect(await check(file(over, "too-big.pdf"))).toEqual({ error: "fileTooLarge" });
  });

  test.each(["../../etc/passwd.pdf", "C:\\Users\\me\\contribution.pdf", "reports/contribution.pdf", "..pdf", "bad\u0000name.pdf"])(
    "a path or control character in the name is refused: %j",
    async (name) => {
      expect(await check(file(PDF, name))).toEqual({ error: "fileName" });
    },
  );

  test("an empty file input (no file chosen) is no attachment", async () => {
    expect(await check(file(Buffer.alloc(0), ""))).toEqual({ ok: null });
  });
});

describe("download route", () => {
  test("the owner downloads with the detected type; another user and a visitor get 404", async () => {
    const { saveSubmission } = await import("@/lib/submissions/service/save-submission");
    const { checkUpload } = await import("@/lib/uploads/service");
    const { GET } = await import("@/app/api/uploads/[id]/route");
    const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2030, 1, 1), endOfGenevaDay(2030, 12, 31)] });
    const [owner, other] = [await createStakeholder(db), await createStakeholder(db)];
    const secretariat = await createUser(db, { role: "SECRETARIAT" });
    const saved = await saveSubmission({
      userId: owner.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", {}, "draft"),
      attachment: await uploaded(checkUpload(file(PDF, "private.pdf"))),
      now: genevaTime(2030, 2, 1),
    });
    const { attachmentId } = await db.submission.findUniqueOrThrow({ where: { id: saved.id } });
    const get = async (user: { id: string; email: string; role: "STAKEHOLDER" | "SECRETARIAT"; secondFactorVerified?: boolean } | null) => {
      session.user = user ? { ...user, name: null } : null;
      return GET(new Request(`http://localhost/api/uploads/${attachmentId}`), { params: Promise.resolve({ id: attachmentId! }) });
    };

    const mine = await get({ id: owner.id, email: owner.email, role: "STAKEHOLDER" });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("application/pdf");
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(mine.headers.get("content-disposition")).toContain("attachment;");
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await get({ id: other.id, email: other.email, role: "STAKEHOLDER" })).status).toBe(404);
    expect((await get(null)).status).toBe(404);
    expect(await db.auditEntry.count({ where: { action: "file.downloaded", entityId: saved.id } })).toBe(0);
    const staff = await get({ id: secretariat.id, email: secretariat.email, role: "SECRETARIAT", secondFactorVerified: true });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("content-disposition")).toContain("attachment;");
    // the secretariat's download of a submitter's document is audited, on the submission
    expect(
      await db.auditEntry.findMany({ where: { action: "file.downloaded", entityId: saved.id }, select: { actorId: true, entityType: true, data: true } }),
    ).toEqual([{ actorId: secretariat.id, entityType: "Submission", data: { fileId: attachmentId, filename: "private.pdf" } }]);
    // a secretariat session that has not passed the second factor has no staff powers
    expect((await get({ id: secretariat.id, email: secretariat.email, role: "SECRETARIAT" })).status).toBe(404);
    expect(await db.auditEntry.count({ where: { action: "file.downloaded", entityId: saved.id } })).toBe(1);
  });
});

describe("regional inputs", () => {
  const opensAt = genevaTime(2030, 2, 1, 9, 0);
  const closesAt = endOfGenevaDay(2030, 3, 31);
  const input = {
    eventName: "WSIS regional forum for Africa",
    eventDate: "2030-02-10",
    countryCode: "KE",
    organiserName: "UNECA",
    summary: "Outcome of the forum.",
    language: "en" as const,
  };

  test("recorded by the secretariat within the window (±1 ms, across the change to summer time), audited, and public", async () => {
    const { recordRegionalInput } = await import("@/lib/submissions/service/record-regional-input");
    const { listRegionalInputs } = await import("@/lib/submissions/queries");
    const edition = await createConsultationEdition(db, { REGIONAL_INPUT: [opensAt, closesAt] });
    const officer = await createUser(db, { role: "SECRETARIAT" });
    const record = (now: Date) => outcomeOf(recordRegionalInput({ actorId: officer.id, editionYear: edition.year, input, attachment: null, now }));

    expect(await record(new Date(opensAt.getTime() - 1))).toBe("NOT_OPEN_YET");
    expect(await record(opensAt)).toBe("ok");
    expect(await record(new Date(closesAt.getTime() - 1))).toBe("ok");
    expect(await record(closesAt)).toBe("DEADLINE_PASSED");

    const listed = await listRegionalInputs(edition.id);
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({ title: input.eventName, countryCode: "KE", details: { organiserName: "UNECA", eventDate: "2030-02-10" } });
    expect(await db.auditEntry.count({ where: { action: "regional_input.recorded", actorId: officer.id } })).toBe(2);
  });
});
