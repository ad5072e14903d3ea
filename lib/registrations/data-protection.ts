import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { erasePassportDataOfEdition, forumEndedAt } from "./erase";

/**
 * The secretariat's button: erases the passport data of one edition's visa-letter requests now,
 * without waiting for the retention period, but never before the Forum has ended (a letter may
 * still be needed until then: INVALID_STATE). Audited with the number of requests emptied.
 */
export async function erasePassportDataNow(actor: Secretariat, editionId: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const edition = await tx.forumEdition.findUnique({ where: { id: editionId }, select: { id: true, year: true, endDate: true } });
    if (!edition) throw new DomainError("NOT_FOUND");
    if (now.getTime() < forumEndedAt(edition.endDate).getTime())
      throw new DomainError("INVALID_STATE", undefined, { namespace: "RegistrationDataProtection", key: "notEnded" });
    return erasePassportDataOfEdition(tx, edition, { now, actorId: actor.id, reason: "manual" });
  });
}
