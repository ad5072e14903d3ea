import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** How many organisations the eligibility page lists at once (the search narrows it). */
export const ELIGIBILITY_PAGE_SIZE = 50;

/**
 * Marks an organisation as eligible for automatic accreditation (a UN entity, an ITU member) or
 * takes the mark away; registrations made afterwards follow it (those already decided stay as
 * they are). The row is locked while it changes, and the change is audited in the same
 * transaction; saving the value it already has changes and records nothing.
 */
export async function setAccreditationEligibility(actor: Secretariat, organisationId: string, eligible: boolean) {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; accreditationEligible: boolean }[]>`
      SELECT id, "accreditationEligible" FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    if (!row) throw new DomainError("NOT_FOUND");
    if (row.accreditationEligible === eligible) return;
    await tx.organisation.update({ where: { id: row.id }, data: { accreditationEligible: eligible } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "organisation.accreditation_eligibility_changed",
      entity: { type: "Organisation", id: row.id },
      data: { eligible },
    });
  });
}

/** Organisations for the eligibility page: the eligible ones first, then by name; `search` matches the name. */
export async function listOrganisationsForEligibility(_actor: Secretariat, search: string) {
  const name = search.trim().slice(0, 200);
  return db.organisation.findMany({
    where: name ? { name: { contains: name, mode: "insensitive" } } : {},
    orderBy: [{ accreditationEligible: "desc" }, { name: "asc" }],
    take: ELIGIBILITY_PAGE_SIZE,
    select: { id: true, name: true, countryCode: true, stakeholderTypeCode: true, accreditationEligible: true },
  });
}
