// Sessions end after an idle and an absolute lifetime (shorter for the secretariat), and a
// disabled user's sessions end at once: through the Auth.js adapter every request reads, on real
// PostgreSQL.
import crypto from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { sessionLifetimes, withSessionLifetime } from "@/lib/auth/session-lifetime";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "../../factories/core";

afterAll(() => db.$disconnect());

const adapter = withSessionLifetime(PrismaAdapter(db));
const HOUR = 3600_000;

/** A session created `age` ago and last used `idle` ago. */
async function sessionOf(role: Role, { age, idle }: { age: number; idle: number }) {
  const user = await createUser(db, { role });
  const sessionToken = crypto.randomUUID();
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 7 * 24 * HOUR) } });
  await db.$executeRaw`UPDATE "Session" SET "createdAt" = ${new Date(Date.now() - age)}, "updatedAt" = ${new Date(Date.now() - idle)} WHERE "sessionToken" = ${sessionToken}`;
  return { user, sessionToken };
}
const exists = async (sessionToken: string) => (await db.session.findUnique({ where: { sessionToken } })) !== null;

describe("session lifetimes", () => {
  test("a participant's session lives through a day of idleness, and ends after its idle lifetime", async () => {
    const fresh = await sessionOf("STAKEHOLDER", { age: 2 * 24 * HOUR, idle: 24 * HOUR });
    expect(await adapter.getSessionAndUser!(fresh.sessionToken)).not.toBeNull();

    const idle = await sessionOf("STAKEHOLDER", { age: 8 * 24 * HOUR, idle: sessionLifetimes.participant.idle + HOUR });
    expect(await adapter.getSessionAndUser!(idle.sessionToken)).toBeNull();
    expect(await exists(idle.sessionToken)).toBe(false);
  });

  test("a session in constant use still ends at its absolute lifetime", async () => {
    const old = await sessionOf("DELEGATE", { age: sessionLifetimes.participant.absolute + HOUR, idle: 60_000 });
    expect(await adapter.getSessionAndUser!(old.sessionToken)).toBeNull();
    expect(await exists(old.sessionToken)).toBe(false);
  });

  test("the secretariat's lifetimes are shorter: idle hours, and a working day at most", async () => {
    const idle = await sessionOf("SECRETARIAT", { age: 6 * HOUR, idle: sessionLifetimes.staff.idle + 60_000 });
    expect(await adapter.getSessionAndUser!(idle.sessionToken)).toBeNull();
    const long = await sessionOf("SECRETARIAT", { age: sessionLifetimes.staff.absolute + 60_000, idle: 60_000 });
    expect(await adapter.getSessionAndUser!(long.sessionToken)).toBeNull();
    const fine = await sessionOf("SECRETARIAT", { age: 2 * HOUR, idle: 60_000 });
    const read = await adapter.getSessionAndUser!(fine.sessionToken);
    expect(read).not.toBeNull();
    // the expiry Auth.js sees is the earlier of the idle and absolute ends
    expect(read!.session.expires.getTime()).toBeLessThanOrEqual(Date.now() + sessionLifetimes.staff.idle);
  });

  test("a renewal never carries a session past its absolute end", async () => {
    const s = await sessionOf("STAKEHOLDER", { age: sessionLifetimes.participant.absolute - HOUR, idle: 24 * HOUR });
    await adapter.updateSession!({ sessionToken: s.sessionToken, expires: new Date(Date.now() + 7 * 24 * HOUR) });
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: s.sessionToken } });
    expect(row.expires.getTime()).toBeLessThanOrEqual(row.createdAt.getTime() + sessionLifetimes.participant.absolute);
  });
});

describe("disabled users", () => {
  test("disabling an account deletes its open sessions in the same statement, and leaves others alone", async () => {
    const a = await sessionOf("SECRETARIAT", { age: HOUR, idle: 60_000 });
    const b = await sessionOf("STAKEHOLDER", { age: HOUR, idle: 60_000 });
    await db.user.update({ where: { id: a.user.id }, data: { disabledAt: new Date() } });
    expect(await exists(a.sessionToken)).toBe(false);
    expect(await exists(b.sessionToken)).toBe(true);
  });

  test("a session of a disabled user is refused on read even if one is written afterwards", async () => {
    const a = await sessionOf("STAKEHOLDER", { age: HOUR, idle: 60_000 });
    await db.user.update({ where: { id: a.user.id }, data: { disabledAt: new Date() } });
    const late = crypto.randomUUID();
    await db.session.create({ data: { sessionToken: late, userId: a.user.id, expires: new Date(Date.now() + HOUR) } });
    expect(await adapter.getSessionAndUser!(late)).toBeNull();
    expect(await exists(late)).toBe(false);
  });
});
