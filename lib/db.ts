import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";

const g = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
function client(): PrismaClient {
  return (g.prisma ??= createPrismaClient(env().DATABASE_URL));
}

/**
 * The database. Connected on first use, not on import, so that `next build` (which imports every
 * route) needs no database or configuration.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
