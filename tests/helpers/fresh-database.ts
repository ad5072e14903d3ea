// A database of its own, on the test server, freshly migrated: for tests that need to see the
// whole database (the seed), independent of what other test files wrote to the shared one.
import pg from "pg";
import { applyMigrations, openEngine } from "@/lib/migrations/engine";

export async function createFreshDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
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
  const engine = await openEngine({ url: url.toString() });
  try {
    await applyMigrations(engine);
  } finally {
    await engine.close();
  }
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
