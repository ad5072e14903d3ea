// A database of its own, on the test server, freshly migrated: for tests that need to see the
// whole database (the seed), independent of what other test files wrote to the shared one, and
// for tests of a data migration (migrated only up to the migration before it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, openEngine } from "@/lib/migrations/engine";

const migrations = path.resolve("prisma/migrations");

/** The folder of the migration whose name ends with `_<name>` (such as "audit_vocabulary"). */
export const migrationNamed = (name: string) => {
  const folder = fs.readdirSync(migrations).find((d) => d.endsWith(`_${name}`));
  if (!folder) throw new Error(`no migration named ${name}`);
  return folder;
};

/** A copy of the migrations folder holding only those before `folder`. */
function migrationsBefore(folder: string) {
  const earlier = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  fs.copyFileSync(path.join(migrations, "migration_lock.toml"), path.join(earlier, "migration_lock.toml"));
  for (const d of fs.readdirSync(migrations, { withFileTypes: true })) {
    if (d.isDirectory() && d.name < folder) fs.cpSync(path.join(migrations, d.name), path.join(earlier, d.name), { recursive: true });
  }
  return earlier;
}

export async function createFreshDatabase(prefix: string, options: { before?: string } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const migrationsDir = options.before ? migrationsBefore(options.before) : undefined;
  const engine = await openEngine({ url: url.toString(), migrationsDir });
  try {
    await applyMigrations(engine);
  } finally {
    await engine.close();
    if (migrationsDir) fs.rmSync(migrationsDir, { recursive: true, force: true });
  }
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
