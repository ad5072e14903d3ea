import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";

const g = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: PrismaClient = (g.prisma ??= createPrismaClient(env().DATABASE_URL));

/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
