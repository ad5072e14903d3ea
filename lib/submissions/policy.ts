// When the consultation lets a party act: windows come from the edition's Deadline rows (data),
// widened by a DeadlineExtension for the user or their organisation. Pure functions of an
// injected `now`; the services call them inside their transaction.
import { DomainError, type ErrorCode } from "@/lib/actions/errors";
import { windowState as calendarWindowState } from "@/lib/forums/policy";
import type { DeadlineKind, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";

export interface DeadlineWindow {
  opensAt: Date | null;
  /** exclusive: one millisecond at or after it is late */
  closesAt: Date;
  /** after closesAt, what was submitted may still be edited until this instant */
  modificationClosesAt: Date | null;
  /** true when an extension moved closesAt for this party */
  extended: boolean;
}

export interface DeadlineRow {
  opensAt: Date | null;
  closesAt: Date;
  modificationClosesAt: Date | null;
}

export interface ExtensionRow {
  userId: string | null;
  organisationId: string | null;
  closesAt: Date;
}

export interface Party {
  userId: string;
  organisationId: string | null;
}

export const deadlineKindOf: Record<SubmissionKind, DeadlineKind> = {
  CONTRIBUTION: "CONTRIBUTION",
  WORKSHOP_REQUEST: "WORKSHOP_REQUEST",
  FACILITATOR_NOMINATION: "FACILITATOR_NOMINATION",
  REGIONAL_INPUT: "REGIONAL_INPUT",
};

const later = (a: Date, b: Date) => (b.getTime() > a.getTime() ? b : a);

/** The window of one party: the deadline, or the latest extension granted to the user or their organisation. */
export function effectiveWindow(deadline: DeadlineRow, extensions: readonly ExtensionRow[], party: Party): DeadlineWindow {
  const own = extensions.filter(
    (e) => (e.userId !== null && e.userId === party.userId) || (e.organisationId !== null && e.organisationId === party.organisationId),
  );
  const closesAt = own.reduce((acc, e) => later(acc, e.closesAt), deadline.closesAt);
  const modificationClosesAt = deadline.modificationClosesAt ? later(deadline.modificationClosesAt, closesAt) : null;
  return { opensAt: deadline.opensAt, closesAt, modificationClosesAt, extended: closesAt.getTime() > deadline.closesAt.getTime() };
}

export type WindowState = "NOT_OPEN_YET" | "OPEN" | "CLOSED";
const asWindowState = { upcoming: "NOT_OPEN_YET", open: "OPEN", closed: "CLOSED" } as const;

/** The public calendar's rule (open from opensAt inclusive to closesAt exclusive), in this area's words. */
export function windowState(window: Pick<DeadlineWindow, "opensAt" | "closesAt">, now: Date): WindowState {
  return asWindowState[calendarWindowState(window, now)];
}

export const isWindowOpen = (window: Pick<DeadlineWindow, "opensAt" | "closesAt">, now: Date) => windowState(window, now) === "OPEN";

/** Throws NOT_OPEN_YET or DEADLINE_PASSED unless the window is open (a missing window is closed). */
export function assertWindowOpen(window: DeadlineWindow | null, now: Date): void {
  if (!window) throw new DomainError("DEADLINE_PASSED");
  const state = windowState(window, now);
  if (state === "NOT_OPEN_YET") throw new DomainError("NOT_OPEN_YET");
  if (state === "CLOSED") throw new DomainError("DEADLINE_PASSED");
}

export interface SubmissionState {
  status: SubmissionStatus;
  revisionDueAt: Date | null;
}

/**
 * Why the submitter may not change (edit, submit) this submission now, or null when they may:
 * drafts and submitted items while the window is open (submitted ones also until
 * `modificationClosesAt`), items sent back for revisions until the reviewer's date.
 */
export function modificationBlocker(submission: SubmissionState, window: DeadlineWindow | null, now: Date): ErrorCode | null {
  const t = now.getTime();
  switch (submission.status) {
    case "DRAFT":
      return window ? openOrCode(window, now) : "DEADLINE_PASSED";
    case "SUBMITTED": {
      if (!window) return "DEADLINE_PASSED";
      const code = openOrCode(window, now);
      if (code !== "DEADLINE_PASSED") return code;
      return window.modificationClosesAt && t < window.modificationClosesAt.getTime() ? null : "DEADLINE_PASSED";
    }
    case "REVISIONS_REQUESTED":
      return submission.revisionDueAt && t < submission.revisionDueAt.getTime() ? null : "DEADLINE_PASSED";
    default:
      return "INVALID_STATE";
  }
}

/** Why the submitter may not withdraw now, or null: until the deadline (or the revision date), in any live state. */
export function withdrawalBlocker(submission: SubmissionState, window: DeadlineWindow | null, now: Date): ErrorCode | null {
  if (submission.status === "REVISIONS_REQUESTED") return modificationBlocker(submission, window, now);
  if (!["DRAFT", "SUBMITTED", "UNDER_REVIEW"].includes(submission.status)) return "INVALID_STATE";
  if (!window) return "DEADLINE_PASSED";
  return openOrCode(window, now);
}

function openOrCode(window: DeadlineWindow, now: Date): ErrorCode | null {
  const state = windowState(window, now);
  return state === "OPEN" ? null : state === "NOT_OPEN_YET" ? "NOT_OPEN_YET" : "DEADLINE_PASSED";
}

export const canModifySubmission = (s: SubmissionState, w: DeadlineWindow | null, now: Date) => modificationBlocker(s, w, now) === null;
export const canWithdrawSubmission = (s: SubmissionState, w: DeadlineWindow | null, now: Date) => withdrawalBlocker(s, w, now) === null;

/** Statuses the public and the duplicate check see: neither unsent drafts nor withdrawn items. */
export const LIVE_STATUSES: SubmissionStatus[] = ["SUBMITTED", "UNDER_REVIEW", "REVISIONS_REQUESTED", "ACCEPTED"];

/** Trigram similarity from which two titles count as near-duplicates (pg_trgm's scale, 0–1). */
export const TITLE_SIMILARITY_THRESHOLD = 0.45;
