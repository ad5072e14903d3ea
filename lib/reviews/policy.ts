import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import type { DecisionOutcomeInput } from "./schemas";

/** The reviewer decides on what is waiting for review; other states belong to the submitter or are final. */
export const DECIDABLE: SubmissionStatus[] = ["SUBMITTED", "UNDER_REVIEW"];
export const canDecide = (status: SubmissionStatus) => DECIDABLE.includes(status);

export const statusAfter: Record<DecisionOutcomeInput, SubmissionStatus> = {
  ACCEPT: "ACCEPTED",
  DECLINE: "DECLINED",
  REQUEST_REVISIONS: "REVISIONS_REQUESTED",
  MERGE: "MERGED",
  DUPLICATE: "DUPLICATE",
};

/** What a submission may be merged into or marked a duplicate of: a live one of the same edition. */
export const TARGET_STATUSES: SubmissionStatus[] = ["SUBMITTED", "UNDER_REVIEW", "REVISIONS_REQUESTED", "ACCEPTED"];

/** Revisions are due in the future: a date already past would reopen nothing. */
export const isValidRevisionDue = (dueAt: Date, now: Date) => dueAt.getTime() > now.getTime();
