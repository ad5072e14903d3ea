// One throwaway PostgreSQL per test run (never the development database), migrated with the
// same WASM engine as `npm run db:migrate`.
import type { TestProject } from "vitest/node";
import { applyMigrations, openEngine } from "../../lib/migrations/engine";
import { startEmbeddedPostgres } from "../../lib/postgres/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
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
  project.provide("databaseUrl", pg.url("test"));
  return async () => {
    await pg.stop();
  };
}
