// A database too busy to take a write (no connection in time, a transaction that outlived its
// time) is not a bug: the action answers with a translated "send it again", what was typed
// echoed, and nothing written — never the error page. Real PostgreSQL, real Prisma errors.
import { afterAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { createPrismaClient } from "@/lib/prisma-client";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "next-action": "test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next-intl/server", () => import("../../helpers/next-edges").then((m) => m.intlServer()));
vi.mock("next/navigation", () => import("../../helpers/next-edges").then((m) => m.navigation()));
vi.mock("@/lib/auth/session", () => import("../../helpers/next-edges").then((m) => m.sessionOf({ user: null })));

// one connection, so a second transaction cannot start while the first holds it
const small = createPrismaClient(process.env.DATABASE_URL!, 1);
afterAll(() => small.$disconnect());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const marker = `busy-${Date.now().toString(36)}`;

async function post(write: () => Promise<unknown>, locale: "en" | "fr" = "en") {
  const { formAction } = await import("@/lib/actions/pipeline");
  const action = formAction({ caller: "public", args: z.tuple([]), input: z.object({ title: z.string(), kind: z.string() }) }, async () => {
    await write();
  });
  const data = new FormData();
  data.append("title", "Statement on rural connectivity");
  data.append("kind", "WORKSHOP");
  return action(locale, { status: "idle" }, data);
}

const writes = () => small.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM "AuditEntry" WHERE action = ${marker}`.then((r) => Number(r[0].n));

describe("a database too busy to take the write", () => {
  test("no connection in time (every pooled connection held): BUSY, translated, the form echoed, nothing written", async () => {
    let release!: () => void;
    const held = small.$transaction(() => new Promise<void>((resolve) => (release = resolve)), { timeout: 10_000 });
    await sleep(100);

    const state = await post(() =>
      small.$transaction(async (tx) => tx.$executeRaw`INSERT INTO "AuditEntry" (action, "entityType", "entityId") VALUES (${marker}, 'Test', 'x')`, {
        maxWait: 200,
      }),
    );
    release();
    await held;

    expect(state).toMatchObject({
      status: "error",
      code: "BUSY",
      message:
        "The portal is very busy and could not save this in time. Nothing was saved; what you typed is still in the form. Please send it again in a moment.",
      values: { title: "Statement on rural connectivity", kind: "WORKSHOP" },
    });
    expect(await writes()).toBe(0);
  });

  test("a transaction that outlived its time: BUSY in the user's language, and its first write rolled back", async () => {
    const state = await post(
      () =>
        small.$transaction(
          async (tx) => {
            await tx.$executeRaw`INSERT INTO "AuditEntry" (action, "entityType", "entityId") VALUES (${marker}, 'Test', 'x')`;
            await sleep(400);
            await tx.$executeRaw`INSERT INTO "AuditEntry" (action, "entityType", "entityId") VALUES (${marker}, 'Test', 'x')`;
          },
          { timeout: 150 },
        ),
      "fr",
    );

    expect(state).toMatchObject({ status: "error", code: "BUSY", values: { title: "Statement on rural connectivity" } });
    expect((state as { message: string }).message).toContain("Rien n’a été enregistré");
    expect(await writes()).toBe(0);
  });

  test("a transaction left idle too long is ended by PostgreSQL itself, atomically: nothing of it stays, nothing sent after it runs, and the user is asked to send again", async () => {
    // the portal's own client, with PostgreSQL's idle limit shortened for the test
    const guarded = createPrismaClient(process.env.DATABASE_URL!, 2, { idleInTransactionMs: 300 });
    try {
      const state = await post(() =>
        guarded.$transaction(async (tx) => {
          await tx.$executeRaw`INSERT INTO "AuditEntry" (action, "entityType", "entityId") VALUES (${marker}, 'Test', 'idle')`;
          await sleep(900); // idle in transaction: PostgreSQL ends the session
          await tx.$executeRaw`INSERT INTO "AuditEntry" (action, "entityType", "entityId") VALUES (${marker}, 'Test', 'after')`;
        }),
      );

      expect(state).toMatchObject({ status: "error", code: "BUSY" });
      await sleep(200);
      expect(await writes()).toBe(0);
      // the pool recovers: the next transaction of the same client works
      await expect(guarded.$transaction(async (tx) => tx.$queryRaw`SELECT 1`)).resolves.toBeDefined();
    } finally {
      await guarded.$disconnect();
    }
  });

  test("Prisma's own limit lies beyond PostgreSQL's, so PostgreSQL's atomic one ends a stuck transaction first", async () => {
    const { transactionLimits } = await import("@/lib/prisma-client");
    expect(transactionLimits.timeoutMs).toBeGreaterThan(transactionLimits.idleInTransactionMs);
  });

  test("anything else is still a bug and reaches the error page", async () => {
    await expect(post(async () => small.$executeRaw`SELECT * FROM "NoSuchTable"`)).rejects.toBeDefined();
  });
});
