// The confirmations dashboard as arithmetic over plain rows: answers by UN region, delegation
// sizes and the place of women in delegations. Pure, so the numbers are tested without a page.
import type { ConfirmationDecision, ConfirmationState, Gender, InvitationStatus } from "@/lib/generated/prisma/enums";

export interface DashboardInvitationRow {
  regionCode: string;
  status: InvitationStatus;
  confirmation: { decision: ConfirmationDecision; state: ConfirmationState; members: { gender: Gender }[] } | null;
}

export interface AnswerCounts {
  invited: number;
  confirmed: number;
  declined: number;
  noAnswer: number;
}

export interface DelegationFigures {
  delegations: number;
  delegates: number;
  women: number;
  /** women / delegates, 0..1 */
  womenShare: number;
  delegationsWithWoman: number;
  averageSize: number;
  largest: number;
  smallest: number;
}

export interface Dashboard {
  total: AnswerCounts & DelegationFigures;
  byRegion: { regionCode: string; counts: AnswerCounts & DelegationFigures }[];
}

/** Which column an invitation counts in; a revoked invitation is no longer an invitation. */
export function answerOf(row: DashboardInvitationRow): keyof Omit<AnswerCounts, "invited"> | null {
  if (row.status === "REVOKED") return null;
  if (row.confirmation?.state === "SUBMITTED") return row.confirmation.decision === "ATTENDING" ? "confirmed" : "declined";
  return "noAnswer";
}

function tally(rows: DashboardInvitationRow[]): AnswerCounts & DelegationFigures {
  const counts: AnswerCounts = { invited: 0, confirmed: 0, declined: 0, noAnswer: 0 };
  const sizes: number[] = [];
  let women = 0;
  let withWoman = 0;
  for (const row of rows) {
    const answer = answerOf(row);
    if (!answer) continue;
    counts.invited++;
    counts[answer]++;
    if (answer === "confirmed" && row.confirmation) {
      const w = row.confirmation.members.filter((m) => m.gender === "FEMALE").length;
      sizes.push(row.confirmation.members.length);
      women += w;
      if (w > 0) withWoman++;
    }
  }
  const delegates = sizes.reduce((a, b) => a + b, 0);
  return {
    ...counts,
    delegations: sizes.length,
    delegates,
    women,
    womenShare: delegates === 0 ? 0 : women / delegates,
    delegationsWithWoman: withWoman,
    averageSize: sizes.length === 0 ? 0 : delegates / sizes.length,
    largest: sizes.length === 0 ? 0 : Math.max(...sizes),
    smallest: sizes.length === 0 ? 0 : Math.min(...sizes),
  };
}

/** Totals and one line per region, regions in the given order (those with no invitation left out). */
export function buildDashboard(rows: DashboardInvitationRow[], regionOrder: readonly string[]): Dashboard {
  const byRegion = regionOrder
    .map((regionCode) => ({ regionCode, rows: rows.filter((r) => r.regionCode === regionCode) }))
    .filter((r) => r.rows.some((row) => answerOf(row) !== null))
    .map(({ regionCode, rows: regionRows }) => ({ regionCode, counts: tally(regionRows) }));
  return { total: tally(rows), byRegion };
}
