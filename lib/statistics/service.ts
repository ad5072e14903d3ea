import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Publishes (or withdraws) the public compilation page of an edition's consultation. */
export async function setCompilationPublished({ actor, editionId, publish, now }: { actor: Secretariat; editionId: string; publish: boolean; now: Date }) {
  return db.$transaction(async (tx) => {
    const updated = await tx.forumEdition.updateMany({ where: { id: editionId }, data: { compilationPublishedAt: publish ? now : null } });
    if (updated.count === 0) throw new DomainError("NOT_FOUND");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: publish ? "compilation.published" : "compilation.withdrawn",
      entity: { type: "ForumEdition", id: editionId },
    });
  });
}
