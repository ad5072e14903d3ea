// The registry of submission kinds: what is special about each lives in its own file here
// (schema and payload, how a stored row fills its form, its `details`, its duplicate rule and
// its own checks). Services, actions and pages look a kind up instead of switching on it.
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import { contribution } from "./contribution";
import { nomination } from "./nomination";
import { parseRegionalInputDetails } from "./regional-input";
import type { StakeholderKind, StakeholderKindSpec } from "./types";
import { workshop } from "./workshop";

export type { StakeholderKind, StakeholderKindSpec, StoredForm } from "./types";

/** The kinds a stakeholder drafts and submits (saveSubmission); regional inputs are recorded by the secretariat. */
export const stakeholderKinds: Record<StakeholderKind, StakeholderKindSpec> = {
  CONTRIBUTION: contribution,
  WORKSHOP_REQUEST: workshop,
  FACILITATOR_NOMINATION: nomination,
};

export const isStakeholderKind = (kind: SubmissionKind): kind is StakeholderKind => kind !== "REGIONAL_INPUT";

/** A stored submission's `details`, read with its kind's parser (malformed values read as null). */
export function parseDetails(kind: SubmissionKind, raw: unknown): Record<string, string | number | null> {
  return isStakeholderKind(kind) ? stakeholderKinds[kind].details(raw) : parseRegionalInputDetails(raw);
}
