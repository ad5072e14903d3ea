import { createPrismaClient } from "@/lib/prisma-client";

/** Refuses to run tests on anything but a local throwaway database. */
export function assertTestDatabase(url: string) {
  const u = new URL(url);
  if (!["127.0.0.1", "localhost", "::1"].includes(u.hostname) || u.port === "54329") {
    throw new Error(`Tests refuse to run against ${u.hostname}:${u.port}: use a local test database (TEST_DATABASE_URL) or none.`);
  }
}

/** A Prisma client on the test database, for arranging data and asserting outcomes. */
export const testDb = () => createPrismaClient(process.env.DATABASE_URL!, 5);

let counter = 0;
/** A unique e-mail address per call, so tests never collide. */
export const uniqueEmail = (prefix = "user") => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.org`;
