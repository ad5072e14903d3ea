import "server-only";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { loadWindow } from "@/lib/deadlines/queries";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { assertFileQuota } from "@/lib/uploads/quota";
import { storeUpload, type CheckedUpload } from "@/lib/uploads/service";
import { enqueueSubmissionStatusMail } from "../emails";
import { foldText } from "../fold";
import { deadlineKindOf, stakeholderKinds, type StakeholderKind } from "../kinds";
import type { SubmissionPayload } from "../payload";
import { modificationBlocker } from "../policy";
import { assertDraftQuota } from "../quota";
import type { Intent } from "../schemas/common";
import { findDuplicateSubmissions, type DuplicateCandidate } from "./duplicates";
import { takeReference } from "./window";

export type { StakeholderKind };

export interface SaveSubmissionArgs {
  userId: string;
  kind: StakeholderKind;
  /** a new submission: the edition's year; an existing one: its id (the edition is the row's) */
  target: { year: number } | { submissionId: string };
  intent: Intent;
  payload: SubmissionPayload;
  attachment?: CheckedUpload | null;
  removeAttachment?: boolean;
  /** the user saw the near-duplicate warning and submits anyway */
  confirmDuplicates?: boolean;
  now: Date;
}

export interface SaveSubmissionResult {
  id: string;
  status: SubmissionStatus;
  /** saved: stored as it was (draft or edit); submitted: now SUBMITTED; duplicates: kept as a draft, warn first */
  outcome: "saved" | "submitted" | "duplicates";
  duplicates: DuplicateCandidate[];
}

/**
 * Creates or updates a stakeholder's contribution, workshop request or nomination, as a draft
 * or submitted. In one transaction with one `now`: the row is locked before it is read (a
 * concurrent withdrawal or decision wins, and the save then fails with INVALID_STATE), it must
 * be the caller's (else NOT_FOUND), the window (with the caller's or their organisation's
 * extension) must allow it, near-duplicates stop a draft's first submission until confirmed (the
 * work is kept as a draft; a resubmission after revisions is not checked again), and a submission
 * is audited ("submission.submitted") and mails its author through the outbox. Nothing here
 * knows a kind: what is special about one (its duplicate rule, its own checks, the columns only
 * it stores) comes from its file in lib/submissions/kinds/.
 */
export async function saveSubmission(args: SaveSubmissionArgs): Promise<SaveSubmissionResult> {
  // a new submission's number, taken before its transaction (see takeReference)
  const reference = "year" in args.target ? await takeReference(args.target.year, args.kind) : null;
  try {
    return await db.$transaction((tx) => save(tx, args, reference));
  } catch (error) {
    const conflict = stakeholderKinds[args.kind].uniqueViolation;
    if (isUniqueViolation(error) && conflict) throw new DomainError("CONFLICT", conflict);
    throw error;
  }
}

async function save(tx: Tx, args: SaveSubmissionArgs, reference: string | null): Promise<SaveSubmissionResult> {
  const { userId, kind, payload, now } = args;
  const spec = stakeholderKinds[kind];
  const author = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { organisationId: true, countryCode: true, stakeholderTypeCode: true, name: true },
  });
  if (!author.organisationId || !author.stakeholderTypeCode || !author.countryCode || !author.name) {
    throw new DomainError("VALIDATION", { _form: ["profileIncomplete"] });
  }

  // the row lock comes before any read of the row: a status read first could be stale by the
  // time the lock is granted (a withdrawal or a decision committing meanwhile), and the save
  // would write it back over theirs
  if ("submissionId" in args.target)
    await tx.$executeRaw`SELECT id FROM "Submission" WHERE id = ${args.target.submissionId} AND "authorId" = ${userId} FOR UPDATE`;
  const existing =
    "submissionId" in args.target
      ? await tx.submission.findFirst({
          where: { id: args.target.submissionId, authorId: userId, kind },
          select: {
            id: true,
            status: true,
            revisionDueAt: true,
            attachmentId: true,
            editionId: true,
            edition: { select: { id: true, year: true, startDate: true, endDate: true } },
          },
        })
      : null;
  if ("submissionId" in args.target && !existing) throw new DomainError("NOT_FOUND");
  const edition =
    existing?.edition ??
    (await tx.forumEdition.findFirst({
      where: { year: (args.target as { year: number }).year, status: { not: "DRAFT" } },
      select: { id: true, year: true, startDate: true, endDate: true },
    }));
  if (!edition) throw new DomainError("NOT_FOUND");
  const window = await loadWindow(tx, { editionId: edition.id, kind: deadlineKindOf(kind) }, { userId, organisationId: author.organisationId });
  const current = existing ?? { status: "DRAFT" as const, revisionDueAt: null };
  const blocker = modificationBlocker(current, window, now);
  if (blocker) throw new DomainError(blocker);
  if (args.intent === "draft" && current.status !== "DRAFT") throw new DomainError("INVALID_STATE");

  const normalizedTitle = foldText(payload.title);
  const firstSubmission = args.intent === "submit" && current.status !== "SUBMITTED";
  // only a draft's first submission is checked: a resubmission after revisions were requested
  // is the same submission, already past this check (and a colleague's similar title, submitted
  // meanwhile, must not hold it back)
  let duplicates: DuplicateCandidate[] = [];
  if (firstSubmission && current.status === "DRAFT" && spec.duplicateChecked && !args.confirmDuplicates) {
    duplicates = await findDuplicateSubmissions(tx, {
      editionId: edition.id,
      kind,
      normalizedTitle,
      organisationId: author.organisationId,
      excludeId: existing?.id,
    });
  }
  const submitting = args.intent === "submit" && duplicates.length === 0;
  const status: SubmissionStatus = submitting ? "SUBMITTED" : current.status;
  if (!existing && status === "DRAFT") await assertDraftQuota(tx, userId);

  await spec.check?.(tx, { edition, payload, submitting, existingId: existing?.id ?? null, userId });
  const columns = spec.columns?.(payload, { status, submitting, now }) ?? {};

  let attachmentId = existing?.attachmentId ?? null;
  const oldAttachment = attachmentId;
  if (args.attachment) {
    await assertFileQuota(tx, userId, args.attachment.size, { field: "attachment", replacing: oldAttachment });
    attachmentId = await storeUpload(tx, userId, args.attachment);
  } else if (args.removeAttachment) attachmentId = null;

  const data = {
    status,
    organisationId: author.organisationId,
    countryCode: payload.countryCode ?? author.countryCode,
    title: payload.title,
    normalizedTitle,
    summary: payload.summary,
    body: payload.body,
    language: payload.language,
    topic: payload.topic,
    details: payload.details,
    attachmentId,
    nomineeKey: columns.nomineeKey ?? null,
    ...(columns.bindingConfirmedAt ? { bindingConfirmedAt: columns.bindingConfirmedAt } : {}),
    ...(firstSubmission && submitting ? { submittedAt: now, revisionDueAt: null } : {}),
    actionLines: { set: payload.actionLines.map((code) => ({ code })) },
    sdgs: { set: payload.sdgs.map((number) => ({ number })) },
  };
  const row = existing
    ? await tx.submission.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.submission.create({
        data: {
          ...data,
          reference: reference ?? (await takeReference(edition.year, kind, tx)),
          kind,
          editionId: edition.id,
          authorId: userId,
          actionLines: { connect: data.actionLines.set },
          sdgs: { connect: data.sdgs.set },
        },
        select: { id: true },
      });
  if (oldAttachment && oldAttachment !== attachmentId) await tx.storedFile.delete({ where: { id: oldAttachment } });
  if (payload.participants) {
    await tx.workshopParticipant.deleteMany({ where: { submissionId: row.id } });
    await tx.workshopParticipant.createMany({ data: payload.participants.map((p) => ({ ...p, submissionId: row.id })) });
  }
  if (firstSubmission && submitting) {
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "submission.submitted",
      entity: { type: "Submission", id: row.id },
      data: { kind, from: current.status, submittedAt: now.toISOString() },
    });
    await enqueueSubmissionStatusMail(tx, row.id, "SUBMITTED", now);
  }
  return { id: row.id, status, outcome: duplicates.length ? "duplicates" : firstSubmission ? "submitted" : "saved", duplicates };
}
