import { afterAll, expect, test } from "vitest";
import { applyMigrations, openEngine } from "@/lib/migrations/engine";
import { createPrismaClient } from "@/lib/prisma-client";
import { createEdition, createUser } from "../../factories/core";
import { createSubmission } from "../../factories/reviews";
import { createFreshDatabase, migrationNamed } from "../../helpers/fresh-database";

const migration = migrationNamed("nominee_key_is_email");
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup) await c();
});

test("the nominee key becomes the case-folded e-mail; of two nominations of one address the first submitted keeps it", async () => {
  const database = await createFreshDatabase("nominee_key", { before: migration });
  const prisma = createPrismaClient(database.url, 2);
  cleanup.push(async () => {
    await prisma.$disconnect();
    await database.drop();
  });
  const [edition, other] = [await createEdition(prisma, { year: 6998 }), await createEdition(prisma, { year: 6999 })];
  const author = await createUser(prisma);
  const nomination = async (editionId: string, name: string, email: string, submittedAt: Date, held = true) => {
    const s = await createSubmission(prisma, { editionId, authorId: author.id, kind: "FACILITATOR_NOMINATION", title: name });
    return prisma.submission.update({
      where: { id: s.id },
      data: { details: { nomineeEmail: email }, submittedAt, nomineeKey: held ? `${name.toLowerCase()}|${email.trim().toLowerCase()}` : null },
    });
  };
  const first = await nomination(edition.id, "Dr Grace Mutua", "Grace.Mutua@example.org", new Date("2031-01-02"));
  const second = await nomination(edition.id, "GRACE MUTUA", "grace.mutua@example.org ", new Date("2031-01-03"));
  const elsewhere = await nomination(other.id, "Grace Mutua", "grace.mutua@example.org", new Date("2031-01-04"));
  const draft = await nomination(edition.id, "Grace M.", "grace.mutua@example.org", new Date("2031-01-01"), false);

  const engine = await openEngine({ url: database.url });
  try {
    expect(await applyMigrations(engine)).toContain(migration);
  } finally {
    await engine.close();
  }

  const keys = Object.fromEntries(
    (await prisma.submission.findMany({ where: { id: { in: [first.id, second.id, elsewhere.id, draft.id] } }, select: { id: true, nomineeKey: true } })).map(
      (r) => [r.id, r.nomineeKey],
    ),
  );
  expect(keys).toEqual({ [first.id]: "grace.mutua@example.org", [second.id]: null, [elsewhere.id]: "grace.mutua@example.org", [draft.id]: null });
  // the database now refuses a second key for the same address in an edition
  await expect(prisma.submission.update({ where: { id: second.id }, data: { nomineeKey: "grace.mutua@example.org" } })).rejects.toMatchObject({
    code: "P2002",
  });
});
