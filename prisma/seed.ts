// The seed (`npm run db:seed`, or `node --import tsx prisma/seed.ts` with DATABASE_URL set):
// reference data, the 2017 and 2020 editions and their letters, a demonstration edition and one
// secretariat account. Rows are found by their natural keys and written only when missing or
// different, so a second run writes nothing. The demonstration edition is create-only: its
// dates were computed from the first seed's `now` and a re-run must not move them.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedAgendas } from "../lib/agenda/seed.ts";
import { Prisma, type PrismaClient } from "../lib/generated/prisma/client.ts";
import { actionLines, sdgs, stakeholderTypes, unRegions } from "../lib/reference/catalog.ts";
import { documents, readDocumentVersion } from "../lib/reference/documents.ts";
import { demoEdition, historicEditions, type EditionData } from "../lib/reference/editions.ts";
import { syncDemoInvitations } from "../lib/reference/demo-invitations.ts";
import { memberStates } from "../lib/reference/member-states.ts";

type Tx = Prisma.TransactionClient;

export interface SeedOptions {
  /** the seed time the demonstration edition's dates are counted from */
  now?: Date;
  secretariatEmail?: string;
}

interface Tally {
  created: number;
  updated: number;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Equality as stored: Json objects whatever their key order (jsonb reorders keys), dates by instant. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === Prisma.DbNull) a = null;
  if (b === Prisma.DbNull) b = null;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => sameValue(a[k], b[k]));
  }
  return a === b;
}

/** A copy of `row` without `keys` (the parts of a data record that are other tables' rows). */
function omit<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !(keys as PropertyKey[]).includes(k))) as Omit<T, K>;
}

/** True when every field the seed sets already has that value (other columns are not its business). */
function matches(desired: object, stored: object): boolean {
  const row = stored as Record<string, unknown>;
  return Object.entries(desired).every(([k, v]) => v === undefined || sameValue(v, row[k]));
}

/**
 * Creates the rows missing from `existing` (matched on `key`) in one statement and updates those
 * that differ; with `createOnly`, rows already there are left as they are.
 */
async function syncRows<Row extends object, Stored extends object, K extends keyof Row & keyof Stored>(
  key: K,
  desired: readonly Row[],
  existing: readonly Stored[],
  write: { createMany(rows: Row[]): Promise<{ count: number }>; update(row: Row, stored: Stored): Promise<unknown> },
  createOnly = false,
): Promise<Tally> {
  const stored = new Map(existing.map((s) => [String(s[key]), s]));
  const missing = desired.filter((row) => !stored.has(String(row[key])));
  const tally: Tally = { created: missing.length ? (await write.createMany(missing)).count : 0, updated: 0 };
  if (createOnly) return tally;
  for (const row of desired) {
    const current = stored.get(String(row[key]));
    if (current && !matches(row, current)) {
      await write.update(row, current);
      tally.updated++;
    }
  }
  return tally;
}

async function syncReferenceData(tx: Tx, add: (t: Tally) => void) {
  add(
    await syncRows("code", unRegions, await tx.unRegion.findMany(), {
      createMany: (data) => tx.unRegion.createMany({ data, skipDuplicates: true }),
      update: (row) => tx.unRegion.update({ where: { code: row.code }, data: row }),
    }),
  );
  add(
    await syncRows("code", memberStates(), await tx.memberState.findMany(), {
      createMany: (data) => tx.memberState.createMany({ data, skipDuplicates: true }),
      update: (row) => tx.memberState.update({ where: { code: row.code }, data: row }),
    }),
  );
  add(
    await syncRows("code", stakeholderTypes, await tx.stakeholderType.findMany(), {
      createMany: (data) => tx.stakeholderType.createMany({ data, skipDuplicates: true }),
      update: (row) => tx.stakeholderType.update({ where: { code: row.code }, data: row }),
    }),
  );
  add(
    await syncRows("code", actionLines, await tx.actionLine.findMany(), {
      createMany: (data) => tx.actionLine.createMany({ data, skipDuplicates: true }),
      update: (row) => tx.actionLine.update({ where: { code: row.code }, data: row }),
    }),
  );
  add(
    await syncRows("number", sdgs, await tx.sdg.findMany(), {
      createMany: (data) => tx.sdg.createMany({ data, skipDuplicates: true }),
      update: (row) => tx.sdg.update({ where: { number: row.number }, data: row }),
    }),
  );
}

/** The edition row with its phases, meetings and deadlines; returns the edition's id. */
async function syncEdition(tx: Tx, e: EditionData, createOnly: boolean, add: (t: Tally) => void): Promise<string> {
  const { phases, deadlines } = e;
  const edition = omit(e, "phases", "deadlines", "campaigns");
  let stored = await tx.forumEdition.findUnique({ where: { year: e.year } });
  if (!stored) {
    stored = await tx.forumEdition.create({ data: edition });
    add({ created: 1, updated: 0 });
  } else if (!createOnly && !matches(edition, stored)) {
    // compared first, so an unchanged edition keeps its updatedAt
    await tx.forumEdition.update({ where: { id: stored.id }, data: edition });
    add({ created: 0, updated: 1 });
  }
  const editionId = stored.id;

  const phaseRows = phases.map((phase) => ({ ...omit(phase, "meeting"), editionId }));
  const phaseData = (row: (typeof phaseRows)[number]) => ({ ...row, location: row.location ?? Prisma.DbNull });
  add(
    await syncRows(
      "number",
      phaseRows,
      await tx.consultationPhase.findMany({ where: { editionId } }),
      {
        createMany: (rows) => tx.consultationPhase.createMany({ data: rows.map(phaseData), skipDuplicates: true }),
        update: (row) => tx.consultationPhase.update({ where: { editionId_number: { editionId, number: row.number } }, data: phaseData(row) }),
      },
      createOnly,
    ),
  );

  // A meeting has no natural key of its own: it is the meeting of its phase.
  const phaseIds = new Map((await tx.consultationPhase.findMany({ where: { editionId }, select: { id: true, number: true } })).map((p) => [p.number, p.id]));
  const meetingRows = phases.flatMap((p) => {
    const phaseId = phaseIds.get(p.number);
    return p.meeting && phaseId ? [{ ...p.meeting, editionId, phaseId }] : [];
  });
  add(
    await syncRows(
      "phaseId",
      meetingRows,
      await tx.meeting.findMany({ where: { editionId, phaseId: { not: null } } }),
      {
        createMany: (data) => tx.meeting.createMany({ data }),
        update: (row, current) => tx.meeting.update({ where: { id: current.id }, data: row }),
      },
      createOnly,
    ),
  );

  add(
    await syncRows(
      "kind",
      deadlines.map((d) => ({ ...d, editionId })),
      await tx.deadline.findMany({ where: { editionId, campaignId: null } }),
      {
        createMany: (data) => tx.deadline.createMany({ data, skipDuplicates: true }),
        update: (row, current) => tx.deadline.update({ where: { id: current.id }, data: row }),
      },
      createOnly,
    ),
  );
  return editionId;
}

/** The letters and their ar/en texts; returns document ids by slug. */
async function syncDocuments(tx: Tx, editionIds: Map<number, string>, add: (t: Tally) => void): Promise<Map<string, string>> {
  const rows = documents.map((doc) => ({ ...omit(doc, "versions", "editionYear"), editionId: editionIds.get(doc.editionYear) ?? null }));
  add(
    await syncRows("slug", rows, await tx.document.findMany({ where: { slug: { in: rows.map((r) => r.slug) } } }), {
      createMany: (data) => tx.document.createMany({ data, skipDuplicates: true }),
      update: (row) => tx.document.update({ where: { slug: row.slug }, data: row }),
    }),
  );
  const ids = new Map(
    (await tx.document.findMany({ where: { slug: { in: rows.map((r) => r.slug) } }, select: { id: true, slug: true } })).map((d) => [d.slug, d.id]),
  );
  for (const doc of documents) {
    const documentId = ids.get(doc.slug);
    if (!documentId) throw new Error(`document ${doc.slug} was not written`);
    const versionRows = doc.versions.map((v) => ({ documentId, language: v.language, isOriginal: v.isOriginal, body: readDocumentVersion(v) }));
    add(
      await syncRows("language", versionRows, await tx.documentVersion.findMany({ where: { documentId } }), {
        createMany: (data) => tx.documentVersion.createMany({ data, skipDuplicates: true }),
        update: (row) => tx.documentVersion.update({ where: { documentId_language: { documentId, language: row.language } }, data: row }),
      }),
    );
  }
  return ids;
}

async function syncCampaigns(tx: Tx, e: EditionData, editionId: string, documentIds: Map<string, string>, createOnly: boolean, add: (t: Tally) => void) {
  const rows = e.campaigns.map((c) => ({
    ...omit(c, "documentSlug", "deadlines"),
    editionId,
    documentId: c.documentSlug ? (documentIds.get(c.documentSlug) ?? null) : null,
  }));
  add(
    await syncRows(
      "symbol",
      rows,
      await tx.invitationCampaign.findMany({ where: { editionId } }),
      {
        createMany: (data) => tx.invitationCampaign.createMany({ data, skipDuplicates: true }),
        update: (row) => tx.invitationCampaign.update({ where: { editionId_symbol: { editionId, symbol: row.symbol } }, data: row }),
      },
      createOnly,
    ),
  );
  // each letter's deadlines are rows of the deadlines domain, kept per campaign
  const stored = new Map((await tx.invitationCampaign.findMany({ where: { editionId }, select: { id: true, symbol: true } })).map((c) => [c.symbol, c.id]));
  for (const c of e.campaigns) {
    const campaignId = stored.get(c.symbol);
    if (!campaignId) throw new Error(`campaign ${c.symbol} was not written`);
    add(
      await syncRows(
        "kind",
        c.deadlines.map((d) => ({ ...d, editionId, campaignId })),
        await tx.deadline.findMany({ where: { campaignId } }),
        {
          createMany: (data) => tx.deadline.createMany({ data, skipDuplicates: true }),
          update: (row, current) => tx.deadline.update({ where: { id: current.id }, data: row }),
        },
        createOnly,
      ),
    );
  }
}

/** The account the secretariat first signs in with (magic link), promoted if it already exists. */
async function syncSecretariat(tx: Tx, email: string, now: Date, add: (t: Tally) => void) {
  const user = await tx.user.findUnique({ where: { email } });
  if (!user) {
    await tx.user.create({ data: { email, name: "WSIS Secretariat", role: "SECRETARIAT", emailVerified: now } });
    add({ created: 1, updated: 0 });
  } else if (user.role !== "SECRETARIAT" || !user.emailVerified) {
    // a disabled account stays disabled: that was the secretariat's own decision
    await tx.user.update({ where: { id: user.id }, data: { role: "SECRETARIAT", emailVerified: user.emailVerified ?? now } });
    add({ created: 0, updated: 1 });
  }
}

export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<string> {
  const now = options.now ?? new Date();
  // an empty SEED_SECRETARIAT_EMAIL (as `.env` files leave them) counts as unset
  const email = (options.secretariatEmail ?? (process.env.SEED_SECRETARIAT_EMAIL || "secretariat@wsis.localhost")).trim().toLowerCase();
  const historic = historicEditions();
  const demo = demoEdition(now);
  const total: Tally = { created: 0, updated: 0 };
  const add = (t: Tally) => {
    total.created += t.created;
    total.updated += t.updated;
  };
  let demoNote = `demo ${demo.year}`;

  await prisma.$transaction(
    async (tx) => {
      await syncReferenceData(tx, add);
      const synced: { edition: EditionData; id: string }[] = [];
      for (const edition of historic) synced.push({ edition, id: await syncEdition(tx, edition, false, add) });
      // documents belong to editions, and campaigns mail documents: in that order
      const documentIds = await syncDocuments(tx, new Map(synced.map((s) => [s.edition.year, s.id])), add);
      for (const s of synced) await syncCampaigns(tx, s.edition, s.id, documentIds, false, add);

      const sameYear = await tx.forumEdition.findUnique({ where: { year: demo.year }, select: { isDemo: true } });
      if (sameYear && !sameYear.isDemo) {
        demoNote = `no demo edition (${demo.year} is a real edition)`;
      } else {
        const demoId = await syncEdition(tx, demo, true, add);
        await syncCampaigns(tx, demo, demoId, documentIds, true, add);
        add(await syncDemoInvitations(tx, demoId));
      }
      await seedAgendas(tx, add);
      await syncSecretariat(tx, email, now, add);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  const editions = [...historic, demo];
  const count = (f: (e: EditionData) => number) => editions.reduce((n, e) => n + f(e), 0);
  return [
    `${memberStates().length} Member States`,
    `${unRegions.length} UN regions`,
    `${stakeholderTypes.length} stakeholder types`,
    `${actionLines.length} Action Lines`,
    `${sdgs.length} SDGs`,
    `${editions.length} editions (${historic.map((e) => e.year).join(", ")}, ${demoNote})`,
    `${count((e) => e.phases.length)} consultation phases`,
    `${count((e) => e.phases.filter((p) => p.meeting).length)} meetings`,
    `${count((e) => e.deadlines.length)} deadlines`,
    `${count((e) => e.campaigns.length)} invitation campaigns`,
    `${documents.length} documents`,
    `secretariat ${email}`,
    `${total.created} rows created, ${total.updated} updated`,
  ].join(", ");
}

const isEntryPoint = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isEntryPoint) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL, or run `npm run db:seed` (which starts the development database).");
    process.exit(1);
  }
  const { createPrismaClient } = await import("../lib/prisma-client.ts");
  const prisma = createPrismaClient(url, 4);
  try {
    console.log(`Seeded: ${await seed(prisma)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}
