import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { loadWindow } from "@/lib/deadlines/queries";
import { enqueueSubmissionStatusMail } from "../emails";
import { deadlineKindOf } from "../kinds";
import { withdrawalBlocker } from "../policy";

/**
 * Withdraws the caller's own submission before its deadline (or revision date), audited in the
 * same transaction. A draft is simply withdrawn; a submitted item also mails its author.
 * Nominations free their nominee.
 */
export async function withdrawSubmission(args: { userId: string; submissionId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Submission" WHERE id = ${args.submissionId} AND "authorId" = ${args.userId} FOR UPDATE`;
    if (!rows.length) throw new DomainError("NOT_FOUND");
    const s = await tx.submission.findUniqueOrThrow({
      where: { id: args.submissionId },
      select: { id: true, status: true, revisionDueAt: true, kind: true, editionId: true, organisationId: true },
    });
    const user = await tx.user.findUniqueOrThrow({ where: { id: args.userId }, select: { organisationId: true } });
    const window = await loadWindow(tx, { editionId: s.editionId, kind: deadlineKindOf(s.kind) }, { userId: args.userId, organisationId: user.organisationId });
    const blocker = withdrawalBlocker(s, window, args.now);
    if (blocker) throw new DomainError(blocker);
    await tx.submission.update({ where: { id: s.id }, data: { status: "WITHDRAWN", withdrawnAt: args.now, nomineeKey: null } });
    await recordAuditEvent(tx, {
      actorId: args.userId,
      action: "submission.withdrawn",
      entity: { type: "Submission", id: s.id },
      data: { kind: s.kind, from: s.status, withdrawnAt: args.now.toISOString() },
    });
    if (s.status !== "DRAFT") await enqueueSubmissionStatusMail(tx, s.id, "WITHDRAWN", args.now);
    return { id: s.id, wasDraft: s.status === "DRAFT" };
  });
}
