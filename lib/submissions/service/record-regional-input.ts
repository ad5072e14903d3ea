import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { assertWindowOpen } from "@/lib/deadlines/policy";
import { loadWindow } from "@/lib/deadlines/queries";
import { storeUpload, type CheckedUpload } from "@/lib/uploads/service";
import { foldText } from "../fold";
import { regionalInputDetails, type RegionalInputInput } from "../kinds/regional-input";
import { takeReference } from "./window";

/**
 * The secretariat records an input from a regional or national event on behalf of its
 * organisers, within the edition's REGIONAL_INPUT window (an extension granted to the recording
 * officer widens it). Audited in the same transaction; it appears in the public compilation.
 */
export async function recordRegionalInput(args: {
  actorId: string;
  editionYear: number;
  input: RegionalInputInput;
  attachment: CheckedUpload | null;
  now: Date;
}) {
  return db.$transaction(async (tx) => {
    const edition = await tx.forumEdition.findFirst({ where: { year: args.editionYear, status: { not: "DRAFT" } }, select: { id: true, year: true } });
    if (!edition) throw new DomainError("NOT_FOUND");
    assertWindowOpen(await loadWindow(tx, { editionId: edition.id, kind: "REGIONAL_INPUT" }, { userId: args.actorId, organisationId: null }), args.now);
    const { input } = args;
    const attachmentId = args.attachment ? await storeUpload(tx, args.actorId, args.attachment) : null;
    const row = await tx.submission.create({
      data: {
        reference: await takeReference(edition.year, "REGIONAL_INPUT", tx),
        editionId: edition.id,
        kind: "REGIONAL_INPUT",
        status: "SUBMITTED",
        authorId: args.actorId,
        countryCode: input.countryCode ?? null,
        title: input.eventName,
        normalizedTitle: foldText(input.eventName),
        summary: input.summary,
        language: input.language,
        details: regionalInputDetails(input),
        attachmentId,
        submittedAt: args.now,
      },
      select: { id: true, reference: true },
    });
    await recordAuditEvent(tx, {
      actorId: args.actorId,
      action: "regional_input.recorded",
      entity: { type: "Submission", id: row.id },
      data: { reference: row.reference, editionYear: edition.year },
    });
    return row;
  });
}
