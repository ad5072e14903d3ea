// Searches the whole database for a piece of text: every row of every table of the schema, read
// as text (which includes JSON columns and arrays). For tests that must prove some personal data
// is gone everywhere, not only from the columns the test thought of.
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The tables (and how many of their rows) that still hold `needle`, case-insensitively. */
export async function tablesHolding(db: PrismaClient, needle: string): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${quoted} t WHERE t::text ILIKE '%' || $1 || '%'`, needle);
    if (n > 0) found[name] = n;
  }
  return found;
}
