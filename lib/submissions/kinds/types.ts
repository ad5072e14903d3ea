// What makes one kind of submission what it is. Each kind is one file of this folder; the
// services, actions and pages read the registry (./index.ts) instead of switching on the kind.
import type { z } from "zod";
import type { MessageRef } from "@/lib/actions/form-state";
import type { Tx } from "@/lib/db";
import type { EditionDeadlineKind } from "@/lib/deadlines/types";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import type { SubmissionPayload } from "../payload";
import type { OwnSubmission } from "../queries";
import type { Intent } from "../schemas/common";

export type StakeholderKind = Exclude<SubmissionKind, "REGIONAL_INPUT">;

/** A stored submission as its form shows it: plain fields, and the rows of repeated groups. */
export interface StoredForm {
  values: Record<string, string | string[]>;
  rows?: Record<string, Record<string, string>[]>;
}

/** What a kind's own rule sees, inside the save's transaction, after the window was checked. */
export interface KindCheck {
  edition: { id: string; startDate: Date; endDate: Date };
  payload: SubmissionPayload;
  /** this save makes it SUBMITTED (a first submission, after the duplicate check) */
  submitting: boolean;
  /** the submission being saved, when it exists */
  existingId: string | null;
  /** who saves it */
  userId: string;
}

/** The columns only some kinds store, given what the save decided. */
export interface KindColumns {
  nomineeKey?: string | null;
  bindingConfirmedAt?: Date;
}

/** What every kind declares: its deadline, the letter of its references, how its `details` read back. */
export interface KindSpec {
  kind: SubmissionKind;
  /** the lib/deadlines window that governs it */
  deadline: EditionDeadlineKind;
  /** the letter of its printable references (WSIS2017-C-0042); one per kind */
  letter: string;
  /** the row's `details` (JSON) read back, typed; unknown or malformed keys read as null */
  details: (raw: unknown) => Record<string, string | number | null>;
}

/** A kind a stakeholder drafts and submits themselves (saveSubmission). */
export interface StakeholderKindSpec extends KindSpec {
  kind: StakeholderKind;
  /** its segment in /consultation/<year>/<path>/new */
  path: "contributions" | "workshops" | "nominations";
  /** the form's schema for a draft or a submission; its output is what the row stores */
  form: (intent: Intent) => z.ZodType<SubmissionPayload>;
  /** repeated rows of the form (see lib/actions/pipeline.ts) */
  rows?: Record<string, string[]>;
  /** the form takes an attachment */
  attachment: boolean;
  /** a draft's first submission is held back while near-duplicates of its title exist (a resubmission is not) */
  duplicateChecked: boolean;
  /** the stored row as its form's values */
  formValues: (s: OwnSubmission) => StoredForm;
  /** the kind's own rule (a day of the Forum, one nominee once): throws a DomainError */
  check?: (tx: Tx, ctx: KindCheck) => Promise<void>;
  /** the columns this kind stores besides the common ones */
  columns?: (payload: SubmissionPayload, ctx: { status: string; submitting: boolean; now: Date }) => KindColumns;
  /** the field error of a unique key of this kind that a concurrent save took first */
  uniqueViolation?: Record<string, MessageRef[]>;
}
