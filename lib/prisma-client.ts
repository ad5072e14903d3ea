// Builds a Prisma client on PostgreSQL through the pg driver adapter (no native engine).
// The web server uses the singleton in lib/db.ts; scripts and test set-up call this directly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}
