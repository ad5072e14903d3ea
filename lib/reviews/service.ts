import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { mailTranslator } from "@/lib/email/render";
import { isLocale } from "@/lib/i18n/locales";
import { enqueueSubmissionStatusMail } from "@/lib/submissions/emails";
import { formatGenevaDateTime } from "@/lib/time/format";
import { DECIDABLE, isValidRevisionDue, statusAfter, TARGET_STATUSES } from "./policy";
import type { BulkDecisionInput, DecisionInput, ScoreInput } from "./schemas";

/**
 * Decides on one submission inside the caller's transaction: the state change is a conditional
 * update (only from SUBMITTED or UNDER_REVIEW), so two reviewers deciding at once cannot both
 * win; the decision row, the audit entry and the submitter's mail (in their language, with the
 * reviewer's message and, for revisions, the date) commit with it or not at all.
 */
export async function decideIn(tx: Tx, { actor, submissionId, input, now }: { actor: Secretariat; submissionId: string; input: DecisionInput; now: Date }) {
  const current = await tx.submission.findUnique({
    where: { id: submissionId },
    select: { id: true, editionId: true, kind: true, status: true, author: { select: { preferredLanguage: true } } },
  });
  if (!current) throw new DomainError("NOT_FOUND");
  if (input.outcome === "REQUEST_REVISIONS" && !(input.revisionDueAt && isValidRevisionDue(input.revisionDueAt, now))) {
    throw new DomainError("VALIDATION", { revisionDueAt: ["revisionDueInPast"] });
  }
  let targetId: string | null = null;
  if (input.outcome === "MERGE" || input.outcome === "DUPLICATE") {
    const target = await tx.submission.findFirst({
      where: { OR: [{ reference: input.target ?? "" }, { id: input.target ?? "" }], editionId: current.editionId, status: { in: TARGET_STATUSES } },
      select: { id: true, kind: true },
    });
    if (!target || target.id === submissionId || (input.outcome === "MERGE" && target.kind !== current.kind)) {
      throw new DomainError("VALIDATION", { target: ["targetInvalid"] });
    }
    targetId = target.id;
  }
  const status = statusAfter[input.outcome];
  const updated = await tx.submission.updateMany({
    where: { id: submissionId, status: { in: DECIDABLE } },
    data: {
      status,
      revisionDueAt: input.outcome === "REQUEST_REVISIONS" ? input.revisionDueAt : null,
      mergedIntoId: input.outcome === "MERGE" ? targetId : null,
      duplicateOfId: input.outcome === "DUPLICATE" ? targetId : null,
    },
  });
  if (updated.count === 0) throw new DomainError("INVALID_STATE");
  await tx.decision.create({
    data: {
      submissionId,
      outcome: input.outcome,
      messageToSubmitter: input.message,
      revisionDueAt: input.outcome === "REQUEST_REVISIONS" ? input.revisionDueAt : null,
      targetId,
      decidedById: actor.id,
      createdAt: now,
    },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: "submission.decided",
    entity: { type: "Submission", id: submissionId },
    data: { outcome: input.outcome, from: current.status, to: status, targetId, revisionDueAt: input.revisionDueAt?.toISOString() ?? null },
  });
  const lang = isLocale(current.author.preferredLanguage) ? current.author.preferredLanguage : "en";
  const due =
    input.outcome === "REQUEST_REVISIONS" && input.revisionDueAt
      ? (await mailTranslator(lang))("AdminMail.revisionsDue", { at: formatGenevaDateTime(input.revisionDueAt, lang) })
      : null;
  await enqueueSubmissionStatusMail(tx, submissionId, status, now, [input.message, due].filter(Boolean).join("\n\n") || null);
  return { id: submissionId, status };
}

export async function decide(args: { actor: Secretariat; submissionId: string; input: DecisionInput; now: Date }) {
  return db.$transaction((tx) => decideIn(tx, args));
}

/**
 * The same decision for many submissions, in one transaction. Those no longer waiting for a
 * decision (someone decided meanwhile, the submitter withdrew) are skipped and counted, not failed.
 */
export async function decideMany({ actor, input, now }: { actor: Secretariat; input: BulkDecisionInput; now: Date }) {
  return db.$transaction(
    async (tx) => {
      let decided = 0;
      let skipped = 0;
      for (const submissionId of input.ids) {
        try {
          await decideIn(tx, {
            actor,
            submissionId,
            input: { outcome: input.outcome, message: input.message, revisionDueAt: input.revisionDueAt, target: null },
            now,
          });
          decided++;
        } catch (error) {
          if (error instanceof DomainError && (error.code === "INVALID_STATE" || error.code === "NOT_FOUND")) skipped++;
          else throw error;
        }
      }
      return { decided, skipped };
    },
    { timeout: 60_000 },
  );
}

/** Waiting submissions move to UNDER_REVIEW when review work starts on them (no-op otherwise). */
async function startReview(tx: Tx, submissionId: string) {
  await tx.submission.updateMany({ where: { id: submissionId, status: "SUBMITTED" }, data: { status: "UNDER_REVIEW" } });
}

async function assertReviewable(tx: Tx, submissionId: string) {
  const s = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true } });
  if (!s || s.status === "DRAFT") throw new DomainError("NOT_FOUND");
}

export async function assignReviewer({ actor, submissionId, reviewerId }: { actor: Secretariat; submissionId: string; reviewerId: string }) {
  return db.$transaction(async (tx) => {
    await assertReviewable(tx, submissionId);
    const reviewer = await tx.user.findFirst({ where: { id: reviewerId, role: "SECRETARIAT", disabledAt: null }, select: { id: true } });
    if (!reviewer) throw new DomainError("VALIDATION", { reviewerId: ["choice"] });
    await tx.review.create({ data: { submissionId, reviewerId } });
    await startReview(tx, submissionId);
    await recordAuditEvent(tx, { actorId: actor.id, action: "review.assigned", entity: { type: "Submission", id: submissionId }, data: { reviewerId } });
  });
}

/** The actor's own scores on the five criteria (1–5, blank for not scored yet). */
export async function scoreSubmission({ actor, submissionId, input, now }: { actor: Secretariat; submissionId: string; input: ScoreInput; now: Date }) {
  return db.$transaction(async (tx) => {
    await assertReviewable(tx, submissionId);
    const scores = {
      relevance: input.relevance,
      stakeholderBalance: input.stakeholderBalance,
      geographicDiversity: input.geographicDiversity,
      genderBalance: input.genderBalance,
      developingCountries: input.developingCountries,
      comment: input.comment,
      scoredAt: now,
    };
    await tx.review.upsert({
      where: { submissionId_reviewerId: { submissionId, reviewerId: actor.id } },
      create: { submissionId, reviewerId: actor.id, ...scores },
      update: scores,
    });
    await startReview(tx, submissionId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "review.scored",
      entity: { type: "Submission", id: submissionId },
      data: { ...scores, scoredAt: now.toISOString() },
    });
  });
}

/** A note for the secretariat only: never in a submitter's page, mail or export. */
export async function addInternalNote({ actor, submissionId, body }: { actor: Secretariat; submissionId: string; body: string }) {
  return db.$transaction(async (tx) => {
    await assertReviewable(tx, submissionId);
    const note = await tx.internalNote.create({ data: { submissionId, authorId: actor.id, body }, select: { id: true } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "note.added", entity: { type: "Submission", id: submissionId }, data: { noteId: note.id } });
  });
}
