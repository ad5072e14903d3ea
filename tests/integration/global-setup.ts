// One throwaway PostgreSQL per test run (never the development database), migrated with the
// same WASM engine as `npm run db:migrate`.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, openEngine } from "../../lib/migrations/engine";
import { startEmbeddedPostgres } from "../../lib/postgres/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Edition years for tests/factories/core.ts, handed out once each across all files. */
async function createTestSequences(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE SEQUENCE IF NOT EXISTS test_edition_year MINVALUE 6000 MAXVALUE 6999 START 6000");
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    await createTestSequences(process.env.TEST_DATABASE_URL);
    project.provide("databaseUrl", process.env.TEST_DATABASE_URL);
    return;
  }
  const pg = await startEmbeddedPostgres({ database: "test" });
  const engine = await openEngine({ url: pg.url("test") });
  try {
    await applyMigrations(engine);
  } finally {
    await engine.close();
  }
  await createTestSequences(pg.url("test"));
  project.provide("databaseUrl", pg.url("test"));
  return async () => {
    await pg.stop();
  };
}
