// The registry of submission kinds: what is special about each lives in its own file here
// (schema and payload, how a stored row fills its form, its `details`, its duplicate rule and
// its own checks). Services, actions and pages look a kind up instead of switching on it.
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { contribution } from "./contribution";
import { nomination } from "./nomination";
import { regionalInput } from "./regional-input";
import type { KindSpec, StakeholderKind, StakeholderKindSpec } from "./types";
import { workshop } from "./workshop";

export type { KindSpec, StakeholderKind, StakeholderKindSpec, StoredForm } from "./types";

/** The kinds a stakeholder drafts and submits (saveSubmission); regional inputs are recorded by the secretariat. */
export const stakeholderKinds: Record<StakeholderKind, StakeholderKindSpec> = {
  CONTRIBUTION: contribution,
  WORKSHOP_REQUEST: workshop,
  FACILITATOR_NOMINATION: nomination,
};

/** Every kind: what its deadline is, the letter of its references, how its details read. */
export const submissionKinds: Record<SubmissionKind, KindSpec> = { ...stakeholderKinds, REGIONAL_INPUT: regionalInput };

export const isStakeholderKind = (kind: SubmissionKind): kind is StakeholderKind => kind !== "REGIONAL_INPUT";

/** A stored submission's `details`, read with its kind's parser (malformed values read as null). */
export function parseDetails(kind: SubmissionKind, raw: unknown): Record<string, string | number | null> {
  return submissionKinds[kind].details(raw);
}

/** The lib/deadlines window that governs a kind. */
export const deadlineKindOf = (kind: SubmissionKind) => submissionKinds[kind].deadline;
