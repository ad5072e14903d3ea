import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_DRAFTS_PER_ACCOUNT } from "@/lib/submissions/quota";
import { MAX_FILES_PER_ACCOUNT, MAX_STORED_BYTES_PER_ACCOUNT } from "@/lib/uploads/policy";
import { endOfGenevaDay, genevaTime } from "@/lib/time/geneva";
import { createConsultationEdition, createStakeholder } from "../../factories/consultation";
import { outcomeOf, payloadFor, withConsultationDatabase } from "./support";

let db: PrismaClient;
withConsultationDatabase((client) => (db = client));

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const now = genevaTime(2030, 2, 1, 10, 0);

async function setUp() {
  const edition = await createConsultationEdition(db, { CONTRIBUTION: [genevaTime(2030, 1, 1), endOfGenevaDay(2030, 12, 31)] });
  const author = await createStakeholder(db);
  const { saveSubmission } = await import("@/lib/submissions/service/save-submission");
  const { checkUpload } = await import("@/lib/uploads/service");
  const pdf = async () => {
    const checked = await checkUpload(new File([PDF], "contribution.pdf", { type: "application/pdf" }));
    if ("error" in checked) throw new Error(String(checked.error));
    return checked.file;
  };
  const draft = async (attachment: Awaited<ReturnType<typeof pdf>> = null) =>
    saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { year: edition.year },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", {}, "draft"),
      attachment,
      now,
    });
  return { edition, author, saveSubmission, pdf, draft };
}

/** Stored files the account already holds (the quota counts rows and their recorded size). */
async function holdFiles(ownerId: string, count: number, size = 1) {
  await db.storedFile.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      ownerId,
      filename: `held-${i}.pdf`,
      mimeType: "application/pdf",
      size,
      sha256: "0".repeat(64),
      data: new Uint8Array(1),
    })),
  });
}

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
};

describe("draft quota", () => {
  test("two parallel saves for the last place: exactly one new draft is stored", async () => {
    const { author, draft } = await setUp();
    for (let i = 0; i < MAX_DRAFTS_PER_ACCOUNT - 1; i++) await draft();

    const results = await Promise.all([errorOf(draft()), errorOf(draft()), errorOf(draft())]);

    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r !== null)).toEqual([
      { code: "QUOTA_EXCEEDED", fieldErrors: { _form: ["draftQuota"] } },
      { code: "QUOTA_EXCEEDED", fieldErrors: { _form: ["draftQuota"] } },
    ]);
    expect(await db.submission.count({ where: { authorId: author.id, status: "DRAFT" } })).toBe(MAX_DRAFTS_PER_ACCOUNT);
  });

  test("at the quota, drafts can still be edited and submitted, a new submission goes in, and a withdrawn draft frees a place", async () => {
    const { author, edition, saveSubmission, draft } = await setUp();
    const { withdrawSubmission } = await import("@/lib/submissions/service/withdraw-submission");
    const first = await draft();
    for (let i = 1; i < MAX_DRAFTS_PER_ACCOUNT; i++) await draft();
    expect(await outcomeOf(draft())).toBe("QUOTA_EXCEEDED");

    expect(
      await outcomeOf(
        saveSubmission({
          userId: author.id,
          kind: "CONTRIBUTION",
          target: { submissionId: first.id },
          intent: "draft",
          payload: payloadFor("CONTRIBUTION", {}, "draft"),
          now,
        }),
      ),
    ).toBe("ok");
    expect(
      await outcomeOf(
        saveSubmission({ userId: author.id, kind: "CONTRIBUTION", target: { year: edition.year }, intent: "submit", payload: payloadFor("CONTRIBUTION"), now }),
      ),
    ).toBe("ok");
    const second = (await db.submission.findFirstOrThrow({ where: { authorId: author.id, status: "DRAFT", id: { not: first.id } }, select: { id: true } })).id;
    await withdrawSubmission({ userId: author.id, submissionId: second, now });
    expect(await outcomeOf(draft())).toBe("ok");
  });

  test("another account's drafts do not count", async () => {
    const { draft } = await setUp();
    for (let i = 0; i < MAX_DRAFTS_PER_ACCOUNT; i++) await draft();

    const { draft: othersDraft } = await setUp();
    expect(await outcomeOf(othersDraft())).toBe("ok");
  });
});

describe("stored-file quota", () => {
  test("two parallel uploads for the last file place: one is stored, the other is refused on its field", async () => {
    const { author, draft, pdf } = await setUp();
    await holdFiles(author.id, MAX_FILES_PER_ACCOUNT - 1);

    const results = await Promise.all([errorOf(draft(await pdf())), errorOf(draft(await pdf()))]);

    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)).toEqual({ code: "QUOTA_EXCEEDED", fieldErrors: { attachment: ["fileQuota"] } });
    expect(await db.storedFile.count({ where: { ownerId: author.id } })).toBe(MAX_FILES_PER_ACCOUNT);
  });

  test("the total size counts: a file that would pass the byte quota is refused; without a file the draft is saved", async () => {
    const { author, draft, pdf } = await setUp();
    await holdFiles(author.id, 1, MAX_STORED_BYTES_PER_ACCOUNT - PDF.length + 1);

    expect(await errorOf(draft(await pdf()))).toEqual({ code: "QUOTA_EXCEEDED", fieldErrors: { attachment: ["fileQuota"] } });
    expect(await db.submission.count({ where: { authorId: author.id } })).toBe(0);
    expect(await outcomeOf(draft())).toBe("ok");
  });

  test("exactly at the byte quota is accepted, and replacing an attachment does not count the file it replaces", async () => {
    const { author, saveSubmission, draft, pdf } = await setUp();
    await holdFiles(author.id, 1, MAX_STORED_BYTES_PER_ACCOUNT - PDF.length);
    const saved = await draft(await pdf());
    expect(await db.storedFile.aggregate({ where: { ownerId: author.id }, _sum: { size: true } })).toEqual({ _sum: { size: MAX_STORED_BYTES_PER_ACCOUNT } });

    const replaced = saveSubmission({
      userId: author.id,
      kind: "CONTRIBUTION",
      target: { submissionId: saved.id },
      intent: "draft",
      payload: payloadFor("CONTRIBUTION", {}, "draft"),
      attachment: await pdf(),
      now,
    });

    expect(await outcomeOf(replaced)).toBe("ok");
    expect(await db.storedFile.count({ where: { ownerId: author.id } })).toBe(2);
  });
});
