// The one rule of every deadline, as pure functions of an injected `now`. Services call them
// inside their transaction with the one `now` of the request; pages call them to show the same.
//
// The rule, stated once: a window is open from `opensAt` (inclusive; none: open already) up to
// `closesAt` (exclusive). One millisecond before `closesAt` is in time, `closesAt` itself is late.
// Instants are UTC; a deadline "by 15 January" is stored as the first instant of 16 January in
// Geneva (lib/time/geneva endOfGenevaDay), so the boundary is Geneva midnight whatever the
// server's zone or the season. An extension replaces `closesAt` for its party only, and only when
// it is later: an extension never shortens a window (the service refuses such a grant; a row that
// became earlier because the deadline moved later is ignored).
import { DomainError } from "@/lib/actions/errors";
import type { DeadlineRow, ExtensionRow, Party, Window, WindowBlocker, WindowTiming } from "./types";

export type WindowState = "NOT_OPEN_YET" | "OPEN" | "CLOSED";

export function windowState(window: WindowTiming, now: Date): WindowState {
  if (window.opensAt && now.getTime() < window.opensAt.getTime()) return "NOT_OPEN_YET";
  return now.getTime() < window.closesAt.getTime() ? "OPEN" : "CLOSED";
}

export const isWindowOpen = (window: WindowTiming, now: Date) => windowState(window, now) === "OPEN";

/** Why the party may not act now, or null. A missing window (no deadline row) is closed. */
export function windowBlocker(window: WindowTiming | null, now: Date): WindowBlocker | null {
  if (!window) return "DEADLINE_PASSED";
  const state = windowState(window, now);
  return state === "OPEN" ? null : state === "NOT_OPEN_YET" ? "NOT_OPEN_YET" : "DEADLINE_PASSED";
}

/** Throws NOT_OPEN_YET or DEADLINE_PASSED (a DomainError) unless the window is open. */
export function assertWindowOpen(window: WindowTiming | null, now: Date): void {
  const blocker = windowBlocker(window, now);
  if (blocker) throw new DomainError(blocker);
}

/** Whether an extension row is for this party (a user, their organisation, or an invitation). */
export function extensionAppliesTo(extension: ExtensionRow, party: Party): boolean {
  const same = (a: string | null | undefined, b: string | null | undefined) => a != null && b != null && a === b;
  return same(extension.userId, party.userId) || same(extension.organisationId, party.organisationId) || same(extension.invitationId, party.invitationId);
}

/** The party's window on one deadline: the deadline, moved to the latest of the party's extensions that is later. */
export function effectiveWindow(deadline: DeadlineRow, extensions: readonly ExtensionRow[], party: Party): Window {
  let extension: Window["extension"] = null;
  for (const e of extensions) {
    if (!extensionAppliesTo(e, party)) continue;
    if (e.closesAt.getTime() > (extension?.closesAt ?? deadline.closesAt).getTime()) extension = { id: e.id ?? null, closesAt: e.closesAt };
  }
  const closesAt = extension?.closesAt ?? deadline.closesAt;
  const modificationClosesAt =
    deadline.modificationClosesAt && deadline.modificationClosesAt.getTime() < closesAt.getTime() ? closesAt : deadline.modificationClosesAt;
  return {
    kind: deadline.kind,
    deadlineId: deadline.id,
    opensAt: deadline.opensAt,
    closesAt,
    modificationClosesAt,
    deadlineClosesAt: deadline.closesAt,
    extension,
    extended: extension !== null,
  };
}

/** The rows of one invitation: its campaign's deadlines and the extensions granted to it. */
export interface InvitationDeadlineFacts {
  id: string;
  deadlineExtensions: readonly (ExtensionRow & { deadlineId: string })[];
  campaign: { deadlines: readonly DeadlineRow[] };
}

export interface InvitationWindows {
  /** answering the invitation (confirming or declining participation) */
  response: Window;
  /** requesting, submitting and editing a policy statement */
  statement: Window;
}

/**
 * The windows of an invitation. Its campaign always has an INVITATION_RESPONSE deadline; a
 * campaign without a POLICY_STATEMENT deadline takes statements as long as it takes answers
 * (the response window, with the invitation's extension).
 */
export function invitationWindows(inv: InvitationDeadlineFacts): InvitationWindows {
  const party = { invitationId: inv.id };
  const windowOf = (row: DeadlineRow) =>
    effectiveWindow(
      row,
      inv.deadlineExtensions.filter((e) => e.deadlineId === row.id),
      party,
    );
  const responseRow = inv.campaign.deadlines.find((d) => d.kind === "INVITATION_RESPONSE");
  if (!responseRow) throw new Error(`invitation ${inv.id}: its campaign has no INVITATION_RESPONSE deadline`);
  const statementRow = inv.campaign.deadlines.find((d) => d.kind === "POLICY_STATEMENT");
  const response = windowOf(responseRow);
  return { response, statement: statementRow ? windowOf(statementRow) : response };
}

/** A letter's own deadlines (before any invitation's extension): what the campaign pages show. */
export function campaignDeadlines<D extends DeadlineRow>(campaign: { deadlines: readonly D[] }): { response: D; statement: D | null } {
  const response = campaign.deadlines.find((d) => d.kind === "INVITATION_RESPONSE");
  if (!response) throw new Error("a campaign without its INVITATION_RESPONSE deadline");
  return { response, statement: campaign.deadlines.find((d) => d.kind === "POLICY_STATEMENT") ?? null };
}
