// Plain factories with obvious defaults, each overridable (pretalx style). Every call makes
// unique rows, so tests never depend on each other's data.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DeadlineKind, Role } from "@/lib/generated/prisma/enums";
import { genevaTime } from "@/lib/time/geneva";
import { uniqueEmail } from "../helpers/database";

export async function createUser(db: PrismaClient, overrides: { email?: string; role?: Role; name?: string } = {}) {
  return db.user.create({
    data: { email: overrides.email ?? uniqueEmail(), role: overrides.role ?? "STAKEHOLDER", name: overrides.name ?? "Test User", emailVerified: new Date() },
  });
}

/**
 * An edition in a year no seed uses (6000–6999: distinct from the real years, and from the
 * 3000+ years some tests pick for themselves), with the given deadlines (kind -> window). Years are
 * handed out by a PostgreSQL sequence, so files and parallel tests never draw the same one.
 */
export async function createEdition(
  db: PrismaClient,
  overrides: { year?: number; deadlines?: Partial<Record<DeadlineKind, { opensAt?: Date | null; closesAt: Date }>> } = {},
) {
  const year = overrides.year ?? (await nextEditionYear(db));
  return db.forumEdition.create({
    data: {
      year,
      title: { en: `Test Forum ${year}` },
      theme: { en: "Testing the portal" },
      startDate: new Date(Date.UTC(2030, 5, 10)),
      endDate: new Date(Date.UTC(2030, 5, 13)),
      venue: { en: "Geneva, Switzerland" },
      coOrganisers: ["ITU", "UNESCO", "UNCTAD", "UNDP"],
      deadlines: {
        create: Object.entries(overrides.deadlines ?? {}).map(([kind, window]) => ({
          kind: kind as DeadlineKind,
          opensAt: window?.opensAt ?? genevaTime(2029, 1, 1),
          closesAt: window!.closesAt,
        })),
      },
    },
  });
}

async function nextEditionYear(db: PrismaClient): Promise<number> {
  // the sequence is created by tests/integration/global-setup.ts
  const [{ year }] = await db.$queryRawUnsafe<{ year: number }[]>("SELECT nextval('test_edition_year')::int AS year");
  return year;
}
