// Plain factories with obvious defaults, each overridable (pretalx style). Every call makes
// unique rows, so tests never depend on each other's data.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DeadlineKind, Role } from "@/lib/generated/prisma/enums";
import { genevaTime } from "@/lib/time/geneva";
import { uniqueEmail } from "../helpers/database";

let sequence = 0;
const next = () => ++sequence + Math.floor(Math.random() * 1e6);

export async function createUser(db: PrismaClient, overrides: { email?: string; role?: Role; name?: string } = {}) {
  return db.user.create({
    data: { email: overrides.email ?? uniqueEmail(), role: overrides.role ?? "STAKEHOLDER", name: overrides.name ?? "Test User", emailVerified: new Date() },
  });
}

/**
 * An edition in a year no seed uses (3000+), with the given deadlines (kind -> window). Dates are
 * Geneva time unless given as instants.
 */
export async function createEdition(
  db: PrismaClient,
  overrides: { year?: number; deadlines?: Partial<Record<DeadlineKind, { opensAt?: Date | null; closesAt: Date }>> } = {},
) {
  const year = overrides.year ?? 3000 + (next() % 5000);
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
