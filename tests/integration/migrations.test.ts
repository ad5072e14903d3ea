import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { openEngine, schemaDriftFromMigrations } from "@/lib/migrations/engine";
import { testDb } from "../helpers/database";

const prisma = testDb();
afterAll(() => prisma.$disconnect());

describe("migrations", () => {
  test("schema.prisma and prisma/migrations agree (no drift)", async () => {
    const engine = await openEngine({ url: process.env.DATABASE_URL! });
    try {
      expect(await schemaDriftFromMigrations(engine)).toBe("");
    } finally {
      await engine.close();
    }
  });

  test("every migration folder was applied and recorded as Prisma Migrate records it", async () => {
    const folders = fs
      .readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
  });

  test("the audit log refuses updates and deletes", async () => {
    const entry = await prisma.auditEntry.create({ data: { action: "test.recorded", entityType: "test", entityId: "1" } });

    await expect(prisma.auditEntry.update({ where: { id: entry.id }, data: { action: "test.changed" } })).rejects.toThrow(/audit entries cannot be changed/);
    await expect(prisma.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/audit entries cannot be changed/);
    expect((await prisma.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.recorded");
  });

  test("the foreign keys the portal looks rows up by lead an index, and the review search has its trigram indexes", async () => {
    const wanted = [
      '"Submission".organisationId',
      '"Review".reviewerId',
      '"InternalNote".submissionId',
      '"MeetingRegistration".userId',
      '"StoredFile".ownerId',
      '"DiscussionPost".authorId',
    ];
    const indexed = await prisma.$queryRaw<{ fk: string }[]>`
      select c.conrelid::regclass::text || '.' || a.attname as fk
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])`;
    expect(indexed.map((r) => r.fk)).toEqual(expect.arrayContaining(wanted));
    const trigram = await prisma.$queryRaw<{ indexname: string }[]>`
      select indexname from pg_indexes where indexdef like '%gin_trgm_ops%' order by indexname`;
    expect(trigram.map((r) => r.indexname)).toEqual(
      expect.arrayContaining(["Organisation_name_trgm_idx", "Submission_search_trgm_idx", "User_search_trgm_idx"]),
    );
  });

  test("a second confirmation of one invitation is refused by the database", async () => {
    const unique = await prisma.$queryRaw<{ indexdef: string }[]>`
      select indexdef from pg_indexes where tablename = 'ParticipationConfirmation' and indexdef like '%UNIQUE%invitationId%'`;
    expect(unique).toHaveLength(1);
  });
});
