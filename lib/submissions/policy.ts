// When the consultation lets a submitter change or withdraw a submission, on top of the window
// lib/deadlines gives the party (the edition's Deadline row, widened by the party's extension).
// Pure functions of an injected `now`; the services call them inside their transaction.
import type { ErrorCode } from "@/lib/actions/errors";
import { windowBlocker } from "@/lib/deadlines/policy";
import type { Window } from "@/lib/deadlines/types";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

/** What the submission rules read of a window (lib/deadlines). */
export type SubmissionWindow = Pick<Window, "opensAt" | "closesAt" | "modificationClosesAt">;

export interface SubmissionState {
  status: SubmissionStatus;
  revisionDueAt: Date | null;
}

/**
 * Why the submitter may not change (edit, submit) this submission now, or null when they may:
 * drafts and submitted items while the window is open (submitted ones also until
 * `modificationClosesAt`), items sent back for revisions until the reviewer's date.
 */
export function modificationBlocker(submission: SubmissionState, window: SubmissionWindow | null, now: Date): ErrorCode | null {
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
export function withdrawalBlocker(submission: SubmissionState, window: SubmissionWindow | null, now: Date): ErrorCode | null {
  if (submission.status === "REVISIONS_REQUESTED") return modificationBlocker(submission, window, now);
  if (!["DRAFT", "SUBMITTED", "UNDER_REVIEW"].includes(submission.status)) return "INVALID_STATE";
  if (!window) return "DEADLINE_PASSED";
  return openOrCode(window, now);
}

const openOrCode = (window: SubmissionWindow, now: Date): ErrorCode | null => windowBlocker(window, now);

export const canModifySubmission = (s: SubmissionState, w: SubmissionWindow | null, now: Date) => modificationBlocker(s, w, now) === null;
export const canWithdrawSubmission = (s: SubmissionState, w: SubmissionWindow | null, now: Date) => withdrawalBlocker(s, w, now) === null;

/** Statuses the public and the duplicate check see: neither unsent drafts nor withdrawn items. */
export const LIVE_STATUSES: SubmissionStatus[] = ["SUBMITTED", "UNDER_REVIEW", "REVISIONS_REQUESTED", "ACCEPTED"];

/** Trigram similarity from which two titles count as near-duplicates (pg_trgm's scale, 0–1). */
export const TITLE_SIMILARITY_THRESHOLD = 0.45;
