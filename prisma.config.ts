// Prisma CLI configuration. Prisma 7 reads no .env by itself, and env() throws when a variable is
// unset (even for `generate`), so process.env is read directly here.
import path from "node:path";
import { defineConfig } from "prisma/config";

// No native schema engine can be downloaded on these machines: the CLI talks to Prisma's own
// engine compiled to WebAssembly through scripts/schema-engine-bridge. A machine that has the
// native binary can still point PRISMA_SCHEMA_ENGINE_BINARY at it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/schema-engine-bridge");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node --import tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
