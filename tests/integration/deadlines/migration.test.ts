// The one_deadlines_domain migration moves the letters' deadline columns and the invitations'
// extensions into Deadline / DeadlineExtension rows. Replayed here on a scratch database in the
// state the previous migration left, with data of every shape the old model allowed.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const folder = path.resolve("prisma/migrations");
const migrations = fs
  .readdirSync(folder)
  .filter((d) => fs.statSync(path.join(folder, d)).isDirectory())
  .sort();
const target = migrations.findIndex((m) => m.endsWith("_one_deadlines_domain"));
const sql = (name: string) => fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");

const scratch = `deadlines_migration_${process.pid}`;
let admin: pg.Client;
let db: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${scratch}`;
  db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  for (const m of migrations.slice(0, target)) await db.query(sql(m));
});

afterAll(async () => {
  await db?.end();
  await admin?.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin?.end();
});

const at = (iso: string) => new Date(iso);

describe("migration one_deadlines_domain", () => {
  test("letters' deadlines become their rows, extensions become rows with their audit trail, orphan rows go", async () => {
    await db.query(`
      INSERT INTO "UnRegion" ("code", "name", "sortOrder") VALUES ('europe', '{"en":"Europe"}', 1);
      INSERT INTO "MemberState" ("code", "alpha3", "numeric", "name", "regionCode", "subregion") VALUES ('CH', 'CHE', '756', '{"en":"Switzerland"}', 'europe', 'Western Europe'), ('FR', 'FRA', '250', '{"en":"France"}', 'europe', 'Western Europe');
      INSERT INTO "User" ("id", "email", "updatedAt") VALUES ('staff', 'staff@example.org', now());
      INSERT INTO "ForumEdition" ("id", "year", "title", "theme", "startDate", "endDate", "venue", "updatedAt")
        VALUES ('e1', 2020, '{}', '{}', '2020-04-06', '2020-04-09', '{}', now()), ('e2', 2021, '{}', '{}', '2021-04-06', '2021-04-09', '{}', now());
      -- e1: the edition-wide rows the editor kept in step with CL-A (same instants), plus a contribution window
      INSERT INTO "Deadline" ("id", "editionId", "kind", "opensAt", "closesAt", "indicative") VALUES
        ('d-resp', 'e1', 'INVITATION_RESPONSE', '2019-12-06T00:00:00Z', '2020-01-15T23:00:00Z', true),
        ('d-stmt', 'e1', 'POLICY_STATEMENT', NULL, '2020-01-31T23:00:00Z', false),
        ('d-contrib', 'e1', 'CONTRIBUTION', NULL, '2020-02-20T23:00:00Z', false),
      -- e2: an edition-wide statement row no campaign used (it enforced nothing)
        ('d-orphan', 'e2', 'POLICY_STATEMENT', NULL, '2021-03-01T23:00:00Z', false);
      INSERT INTO "InvitationCampaign" ("id", "editionId", "symbol", "letterDate", "subject", "responseDeadline", "statementDeadline") VALUES
        ('c-a', 'e1', 'CL-A', '2019-12-06', '{}', '2020-01-15T23:00:00Z', '2020-01-31T23:00:00Z'),
        ('c-b', 'e1', 'CL-B', '2019-12-20', '{}', '2020-02-01T23:00:00Z', NULL),
        ('c-c', 'e2', 'CL-C', '2020-12-01', '{}', '2021-01-15T23:00:00Z', '2021-02-15T23:00:00Z');
      INSERT INTO "Invitation" ("id", "campaignId", "editionId", "memberStateCode", "addresseeName", "addresseeTitle", "email", "language", "status", "deadlineExtendedTo", "updatedAt") VALUES
        ('i-audited', 'c-a', 'e1', 'CH', 'A', 'T', 'a@example.org', 'en', 'SENT', '2020-01-31T23:00:00Z', now()),
        ('i-plain', 'c-b', 'e1', 'FR', 'B', 'T', 'b@example.org', 'fr', 'VIEWED', '2020-02-10T23:00:00Z', now()),
        ('i-none', 'c-a', 'e1', 'FR', 'C', 'T', 'c@example.org', 'fr', 'SENT', NULL, now());
      INSERT INTO "AuditEntry" ("at", "actorId", "action", "entityType", "entityId", "data") VALUES
        ('2020-01-10T09:00:00Z', 'staff', 'invitation.deadline_extended', 'invitation', 'i-audited', '{"from":null,"to":"2020-01-31T23:00:00.000Z","reason":"The ministry asked"}');
    `);

    await db.query(sql(migrations[target]!));

    const deadlines = (
      await db.query(
        `SELECT "id", "editionId", "kind", "campaignId", "opensAt", "closesAt", "indicative" FROM "Deadline" ORDER BY "editionId", "campaignId" NULLS FIRST, "kind"`,
      )
    ).rows;
    expect(deadlines.map(({ id, ...rest }) => ({ ...rest, kept: id.startsWith("d-") ? id : "new" }))).toEqual([
      { editionId: "e1", kind: "CONTRIBUTION", campaignId: null, opensAt: null, closesAt: at("2020-02-20T23:00:00Z"), indicative: false, kept: "d-contrib" },
      {
        editionId: "e1",
        kind: "INVITATION_RESPONSE",
        campaignId: "c-a",
        opensAt: at("2019-12-06T00:00:00Z"),
        closesAt: at("2020-01-15T23:00:00Z"),
        indicative: true,
        kept: "d-resp",
      },
      { editionId: "e1", kind: "POLICY_STATEMENT", campaignId: "c-a", opensAt: null, closesAt: at("2020-01-31T23:00:00Z"), indicative: false, kept: "d-stmt" },
      { editionId: "e1", kind: "INVITATION_RESPONSE", campaignId: "c-b", opensAt: null, closesAt: at("2020-02-01T23:00:00Z"), indicative: false, kept: "new" },
      { editionId: "e2", kind: "INVITATION_RESPONSE", campaignId: "c-c", opensAt: null, closesAt: at("2021-01-15T23:00:00Z"), indicative: false, kept: "new" },
      { editionId: "e2", kind: "POLICY_STATEMENT", campaignId: "c-c", opensAt: null, closesAt: at("2021-02-15T23:00:00Z"), indicative: false, kept: "new" },
    ]);

    const extensions = (
      await db.query(`
      SELECT x."invitationId", d."campaignId", d."kind", x."closesAt", x."reason", x."grantedById", x."createdAt", x."userId", x."organisationId"
      FROM "DeadlineExtension" x JOIN "Deadline" d ON d."id" = x."deadlineId" ORDER BY x."invitationId"`)
    ).rows;
    expect(extensions).toEqual([
      {
        invitationId: "i-audited",
        campaignId: "c-a",
        kind: "INVITATION_RESPONSE",
        closesAt: at("2020-01-31T23:00:00Z"),
        reason: "The ministry asked",
        grantedById: "staff",
        createdAt: at("2020-01-10T09:00:00Z"),
        userId: null,
        organisationId: null,
      },
      expect.objectContaining({
        invitationId: "i-plain",
        campaignId: "c-b",
        kind: "INVITATION_RESPONSE",
        closesAt: at("2020-02-10T23:00:00Z"),
        reason: "extension granted before extensions were recorded as rows",
        grantedById: null,
      }),
    ]);

    const columns = (
      await db.query(
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('InvitationCampaign', 'Invitation') AND column_name IN ('responseDeadline', 'statementDeadline', 'deadlineExtendedTo')`,
      )
    ).rows;
    expect(columns).toEqual([]);
  });
});
