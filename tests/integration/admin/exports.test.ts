import Papa from "papaparse";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { createEdition, createUser } from "../../factories/core";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const auth = vi.fn();
vi.mock("@/lib/auth/auth", () => ({ auth: () => auth() }));

afterAll(() => db.$disconnect());

const get = async (url: string, dataset: string) => {
  const { GET } = await import("@/app/[locale]/admin/exports/[dataset]/route");
  return GET(new Request(url), { params: Promise.resolve({ locale: "ar", dataset }) });
};

describe("export routes", () => {
  beforeEach(() => auth.mockReset());

  test("visitors get 401 and delegates or stakeholders 403, with no data", async () => {
    const edition = await createEdition(db);
    const url = `http://localhost/ar/admin/exports/contributions?edition=${edition.year}&format=csv`;

    auth.mockResolvedValue(null);
    const visitor = await get(url, "contributions");
    auth.mockResolvedValue({ user: { id: "d", email: "d@example.org", role: "DELEGATE" } });
    const delegate = await get(url, "contributions");
    auth.mockResolvedValue({ user: { id: "s", email: "s@example.org", role: "STAKEHOLDER" } });
    const stakeholder = await get(url, "contributions");

    expect([visitor.status, delegate.status, stakeholder.status]).toEqual([401, 403, 403]);
    expect(await stakeholder.text()).toBe("");
  });

  test("the secretariat gets a CSV whose Arabic text survives and whose formulas are inert", async () => {
    const edition = await createEdition(db);
    const author = await createUser(db, { name: "=cmd|' /C calc'!A0" });
    const admin = await createUser(db, { role: "SECRETARIAT" });
    const title = "مساهمة بشأن خطوط العمل";
    await db.submission.create({
      data: {
        reference: `T${edition.year}-C-1`,
        editionId: edition.id,
        kind: "CONTRIBUTION",
        status: "SUBMITTED",
        authorId: author.id,
        title,
        normalizedTitle: title,
        summary: "+SUM(1,2)",
        language: "ar",
        submittedAt: new Date(),
      },
    });
    await db.submission.create({
      data: {
        reference: `T${edition.year}-C-2`,
        editionId: edition.id,
        kind: "CONTRIBUTION",
        status: "DRAFT",
        authorId: author.id,
        title: "draft",
        normalizedTitle: "draft",
        language: "en",
      },
    });
    auth.mockResolvedValue({ user: { id: admin.id, email: admin.email, role: "SECRETARIAT", secondFactorVerified: true } });

    const response = await get(`http://localhost/ar/admin/exports/contributions?edition=${edition.year}&format=csv`, "contributions");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`wsis-forum-${edition.year}-contributions.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString("utf8").slice(1)).data.filter((r) => r.length > 1);
    expect(rows).toHaveLength(2); // the header and the submitted one: drafts are not exported
    const [header, row] = rows as [string[], string[]];
    expect(row[header.indexOf("المرجع")]).toBe(`T${edition.year}-C-1`);
    expect(row.includes(title)).toBe(true);
    expect(row.includes("'+SUM(1,2)")).toBe(true);
    expect(row.includes("'=cmd|' /C calc'!A0")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "export.downloaded", actorId: admin.id, entityId: edition.id } })).toBe(1);
  });

  test("an unknown dataset or edition is a 404", async () => {
    const admin = await createUser(db, { role: "SECRETARIAT" });
    auth.mockResolvedValue({ user: { id: admin.id, email: admin.email, role: "SECRETARIAT", secondFactorVerified: true } });

    expect((await get("http://localhost/ar/admin/exports/secrets?edition=2020&format=csv", "secrets")).status).toBe(404);
    expect((await get("http://localhost/ar/admin/exports/invitations?edition=1066&format=csv", "invitations")).status).toBe(404);
  });
});
