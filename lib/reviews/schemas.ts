import { z } from "zod";
import { DecisionOutcome, Language, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { optionalGenevaDateTimeInput } from "@/lib/time/input";
import { readsValid } from "@/lib/actions/cross-field";

const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal("").transform(() => undefined), schema])
    .optional()
    .catch(undefined);

// Derived from the Prisma enums (the queue page lists them as filter choices).
const reviewStatusSchema = z.enum(SubmissionStatus).exclude(["DRAFT"]);
export const submissionKinds = Object.values(SubmissionKind);
/** Every status but DRAFT: drafts are not the secretariat's to review. */
export const reviewStatuses = reviewStatusSchema.options;
export const languages = Object.values(Language);

/** The review queue's filters, from the query string (a bad value is ignored, never a 500). */
export const queueFilterSchema = z.object({
  edition: optional(z.string().regex(/^\d{4}$/)),
  kind: optional(z.enum(SubmissionKind)),
  status: optional(reviewStatusSchema),
  stakeholderType: optional(z.string().max(60)),
  region: optional(z.string().max(60)),
  actionLine: optional(z.string().regex(/^C\d{1,2}$/)),
  sdg: optional(z.coerce.number().int().min(1).max(17)),
  language: optional(z.enum(Language)),
  q: optional(z.string().trim().max(200)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export const decisionOutcomes = Object.values(DecisionOutcome);
export type DecisionOutcomeInput = (typeof decisionOutcomes)[number];

const message = z
  .string()
  .trim()
  .max(5000, "tooLong")
  .optional()
  .transform((v) => v || null);

/** A decision on one submission. Revisions need a due date; merge and duplicate need the other one. */
export const decisionSchema = z
  .object({
    outcome: z.enum(DecisionOutcome, "choice"),
    message,
    revisionDueAt: optionalGenevaDateTimeInput,
    target: z
      .string()
      .trim()
      .max(60, "tooLong")
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.outcome !== "REQUEST_REVISIONS" || v.revisionDueAt, {
    path: ["revisionDueAt"],
    message: "required",
    ...readsValid("outcome", "revisionDueAt"),
  })
  .refine((v) => !["MERGE", "DUPLICATE"].includes(v.outcome) || v.target, { path: ["target"], message: "required", ...readsValid("outcome", "target") });
export type DecisionInput = z.infer<typeof decisionSchema>;

/** The same decision for several submissions, after the confirmation step. */
export const bulkDecisionSchema = z
  .object({
    ids: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => [...new Set(([] as string[]).concat(v))])
      .pipe(z.array(z.string().min(1).max(40)).min(1, "required").max(200, "tooLong")),
    outcome: z.enum(DecisionOutcome).extract(["ACCEPT", "DECLINE", "REQUEST_REVISIONS"], "choice"),
    message,
    revisionDueAt: optionalGenevaDateTimeInput,
    confirmed: z.literal("1", "required"),
  })
  .refine((v) => v.outcome !== "REQUEST_REVISIONS" || v.revisionDueAt, {
    path: ["revisionDueAt"],
    message: "required",
    ...readsValid("outcome", "revisionDueAt"),
  });
export type BulkDecisionInput = z.infer<typeof bulkDecisionSchema>;

export const criteria = ["relevance", "stakeholderBalance", "geographicDiversity", "genderBalance", "developingCountries"] as const;
export type Criterion = (typeof criteria)[number];

const score = z
  .union([z.literal("").transform(() => null), z.coerce.number("number").int("number").min(1, "invalid").max(5, "invalid")])
  .optional()
  .transform((v) => v ?? null);
export const scoreSchema = z.object({
  relevance: score,
  stakeholderBalance: score,
  geographicDiversity: score,
  genderBalance: score,
  developingCountries: score,
  comment: z
    .string()
    .trim()
    .max(5000, "tooLong")
    .optional()
    .transform((v) => v || null),
});
export type ScoreInput = z.infer<typeof scoreSchema>;

export const assignSchema = z.object({ reviewerId: z.string().min(1, "required").max(40) });
export const noteSchema = z.object({ body: z.string().trim().min(1, "required").max(10_000, "tooLong") });
