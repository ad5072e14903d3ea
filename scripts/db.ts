// npm run db:migrate | db:migration -- <name> | db:reset | db:seed
// The same work as `prisma migrate deploy | migrate dev --create-only | migrate reset | db seed`,
// done with Prisma's WebAssembly schema engine (no binary download).
import { applyMigrations, createMigration, openEngine, resetDatabase } from "../lib/migrations/engine.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { seed } from "../prisma/seed.ts";
import { openDatabase } from "./lib/database.ts";

const [command, ...rest] = process.argv.slice(2);
const usage = "usage: node scripts/db.ts migrate | migration <name> | reset | seed";

async function migrate(url: string) {
  const engine = await openEngine({ url });
  try {
    const applied = await applyMigrations(engine);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
  } finally {
    await engine.close();
  }
}

async function runSeed(url: string) {
  const prisma = createPrismaClient(url, 4);
  try {
    const summary = await seed(prisma);
    console.log(`Seeded: ${summary}`);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  if (!command) throw new Error(usage);
  const database = await openDatabase();
  try {
    switch (command) {
      case "migrate":
        await migrate(database.url);
        break;
      case "migration": {
        const name = rest.find((a) => !a.startsWith("-"));
        if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("give the migration a name in snake_case: npm run db:migration -- add_rooms");
        const engine = await openEngine({ url: database.url });
        try {
          const created = await createMigration(engine, name);
          console.log(
            created
              ? `Created prisma/migrations/${created}/migration.sql (review it, then npm run db:migrate)`
              : "schema.prisma and the migrations agree: nothing to create.",
          );
        } finally {
          await engine.close();
        }
        break;
      }
      case "reset": {
        const engine = await openEngine({ url: database.url });
        try {
          await resetDatabase(engine);
          console.log("Database emptied.");
        } finally {
          await engine.close();
        }
        await migrate(database.url);
        await runSeed(database.url);
        break;
      }
      case "seed":
        await runSeed(database.url);
        break;
      default:
        throw new Error(usage);
    }
  } finally {
    await database.release();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
