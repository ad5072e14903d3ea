import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isWindowOpen, windowState } from "@/lib/forums/policy";

const DAY = 86_400_000;

export interface CountGroup {
  /** status (or decision) -> count */
  byStatus: Record<string, number>;
  total: number;
  /** items that arrived or changed in the last 24 hours */
  sinceYesterday: number;
}

const group = (rows: { key: string; n: number }[], recent: number): CountGroup => ({
  byStatus: Object.fromEntries(rows.map((r) => [r.key, r.n])),
  total: rows.reduce((s, r) => s + r.n, 0),
  sinceYesterday: recent,
});

/**
 * The dashboard of an edition: the windows open now and the next to close, and the counts of each
 * flow by status with what changed in the last 24 hours.
 */
export async function getDashboard(secretariat: Secretariat, editionId: string, now: Date) {
  const yesterday = new Date(now.getTime() - DAY);
  const [
    deadlines,
    invitations,
    invitationsRecent,
    confirmations,
    confirmationsRecent,
    submissions,
    submissionsRecent,
    registrations,
    registrationsRecent,
    forumRegistrations,
    forumRegistrationsRecent,
    failedMail,
  ] = await Promise.all([
    db.deadline.findMany({
      where: { editionId },
      orderBy: { closesAt: "asc" },
      select: { id: true, kind: true, opensAt: true, closesAt: true, indicative: true },
    }),
    db.invitation.groupBy({ by: ["status"], where: { editionId }, _count: { _all: true } }),
    db.invitation.count({ where: { editionId, OR: [{ respondedAt: { gte: yesterday } }, { sentAt: { gte: yesterday } }, { viewedAt: { gte: yesterday } }] } }),
    db.participationConfirmation.groupBy({ by: ["decision", "state"], where: { invitation: { editionId } }, _count: { _all: true } }),
    db.participationConfirmation.count({ where: { invitation: { editionId }, updatedAt: { gte: yesterday } } }),
    db.submission.groupBy({ by: ["kind", "status"], where: { editionId }, _count: { _all: true } }),
    db.submission.groupBy({ by: ["kind"], where: { editionId, updatedAt: { gte: yesterday } }, _count: { _all: true } }),
    db.meetingRegistration.groupBy({ by: ["status"], where: { meeting: { editionId } }, _count: { _all: true } }),
    db.meetingRegistration.count({
      where: { meeting: { editionId }, OR: [{ createdAt: { gte: yesterday } }, { cancelledAt: { gte: yesterday } }, { promotedAt: { gte: yesterday } }] },
    }),
    db.forumRegistration.groupBy({ by: ["status"], where: { editionId }, _count: { _all: true } }),
    db.forumRegistration.count({ where: { editionId, updatedAt: { gte: yesterday } } }),
    db.outboxMessage.count({ where: { status: "FAILED" } }),
  ]);
  const kinds = ["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION", "REGIONAL_INPUT"] as const;
  const open = deadlines.filter((d) => isWindowOpen(d, now));
  return {
    open,
    nextToClose: open[0] ?? null,
    upcoming: deadlines.filter((d) => windowState(d, now) === "upcoming").slice(0, 3),
    invitations: group(
      invitations.map((r) => ({ key: r.status, n: r._count._all })),
      invitationsRecent,
    ),
    confirmations: group(
      confirmations.map((r) => ({ key: `${r.decision}_${r.state}`, n: r._count._all })),
      confirmationsRecent,
    ),
    submissions: Object.fromEntries(
      kinds.map((k) => [
        k,
        group(
          submissions.filter((r) => r.kind === k).map((r) => ({ key: r.status, n: r._count._all })),
          submissionsRecent.find((r) => r.kind === k)?._count._all ?? 0,
        ),
      ]),
    ) as Record<(typeof kinds)[number], CountGroup>,
    registrations: group(
      registrations.map((r) => ({ key: r.status, n: r._count._all })),
      registrationsRecent,
    ),
    /** registrations to attend the Forum, by ForumRegistrationStatus */
    forumRegistrations: group(
      forumRegistrations.map((r) => ({ key: r.status, n: r._count._all })),
      forumRegistrationsRecent,
    ),
    failedMail,
  };
}
