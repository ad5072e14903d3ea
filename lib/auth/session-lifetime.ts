import "server-only";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * How long a session lives: `idle` after its last use, `absolute` after it was created, whatever
 * its use. The secretariat, which can export personal data, gets a working day.
 */
export const sessionLifetimes: Record<"staff" | "participant", { idle: number; absolute: number }> = {
  staff: { idle: 4 * HOUR, absolute: 12 * HOUR },
  participant: { idle: 7 * DAY, absolute: 30 * DAY },
};
/** Auth.js's own maxAge (seconds): the participants' idle lifetime; the adapter shortens it per role. */
export const SESSION_MAX_AGE = sessionLifetimes.participant.idle / 1000;
/** A session's last use is written at most this often. */
const TOUCH_EVERY = 5 * 60_000;

const lifetimeFor = (role: Role | undefined) => (role === "SECRETARIAT" ? sessionLifetimes.staff : sessionLifetimes.participant);

interface SessionRow {
  expires: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** When a session ends: the earliest of its stored expiry, its idle end and its absolute end. */
export function sessionEnd(session: SessionRow, role: Role | undefined): Date {
  const { idle, absolute } = lifetimeFor(role);
  return new Date(Math.min(session.expires.getTime(), session.updatedAt.getTime() + idle, session.createdAt.getTime() + absolute));
}

/**
 * The Auth.js adapter with the portal's session rules on every read: a session past its idle or
 * absolute lifetime is deleted and not honoured, and a disabled user's sessions are all deleted
 * (the database also deletes them the moment the account is disabled). A renewal never carries
 * a session past its absolute end, and writes at most every few minutes.
 */
export function withSessionLifetime(adapter: Adapter): Adapter {
  return {
    ...adapter,
    async getSessionAndUser(sessionToken) {
      const found = await adapter.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const user = found.user as AdapterUser & { role?: Role; disabledAt?: Date | null };
      const session = found.session as AdapterSession & Partial<SessionRow>;
      if (user.disabledAt) {
        await db.session.deleteMany({ where: { userId: user.id } });
        return null;
      }
      const end = sessionEnd(
        { expires: session.expires, createdAt: session.createdAt ?? session.expires, updatedAt: session.updatedAt ?? new Date() },
        user.role,
      );
      if (end.getTime() <= Date.now()) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      return { user: found.user, session: { ...found.session, expires: end } };
    },
    async updateSession(data) {
      if (!data.expires) return adapter.updateSession!(data);
      const row = await db.session.findUnique({
        where: { sessionToken: data.sessionToken },
        select: { userId: true, createdAt: true, updatedAt: true, user: { select: { role: true } } },
      });
      if (!row) return null;
      if (Date.now() - row.updatedAt.getTime() < TOUCH_EVERY) return null;
      const { idle, absolute } = lifetimeFor(row.user.role);
      const expires = new Date(Math.min(data.expires.getTime(), Date.now() + idle, row.createdAt.getTime() + absolute));
      const updated = await db.session.updateMany({ where: { sessionToken: data.sessionToken, updatedAt: row.updatedAt }, data: { expires } });
      return updated.count ? { sessionToken: data.sessionToken, userId: row.userId, expires } : null;
    },
  };
}
