import "server-only";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import { recordAuditEvent, type AuditEvent } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/invitations/service/common";
import type { CalendarDayInput } from "@/lib/invitations/schemas";
import { canApply } from "@/lib/invitations/policy";
import { endOfGenevaDay } from "@/lib/time/geneva";
import type { ExtensionParty } from "./schemas";
import { isCampaignKind } from "./types";

function assertSecretariat(actor: Actor) {
  if (actor.role !== "SECRETARIAT") throw new DomainError("FORBIDDEN");
}

/** The deadline, locked until the transaction ends (a grant and a move of the same deadline queue). */
async function lockDeadline(tx: Tx, deadlineId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Deadline" WHERE id = ${deadlineId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND");
  return tx.deadline.findUniqueOrThrow({ where: { id: deadlineId }, select: { id: true, kind: true, editionId: true, campaignId: true, closesAt: true } });
}

type LockedDeadline = Awaited<ReturnType<typeof lockDeadline>>;

/**
 * The party's row keys, after checking the party exists and fits the deadline: a letter's
 * deadline is extended for one of its invitations, the consultation's for a user or an
 * organisation (VALIDATION on the party's field otherwise).
 */
async function resolveParty(tx: Tx, deadline: LockedDeadline, party: ExtensionParty) {
  if (isCampaignKind(deadline.kind) !== (party.type === "invitation")) throw new DomainError("VALIDATION", { partyType: ["partyNotForDeadline"] });
  switch (party.type) {
    case "user": {
      // Auth.js stores addresses lower-cased
      const email = party.email.trim().toLowerCase();
      const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (!user) throw new DomainError("VALIDATION", { email: ["unknownUser"] });
      return { key: { userId: user.id }, audit: { type: "user", id: user.id, email } };
    }
    case "organisation": {
      const org = await tx.organisation.findUnique({ where: { id: party.organisationId }, select: { id: true, name: true } });
      if (!org) throw new DomainError("VALIDATION", { organisationId: ["unknownOrganisation"] });
      return { key: { organisationId: org.id }, audit: { type: "organisation", id: org.id, name: org.name } };
    }
    case "invitation": {
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE id = ${party.invitationId} FOR UPDATE`;
      const inv = rows.length
        ? await tx.invitation.findUnique({ where: { id: party.invitationId }, select: { id: true, campaignId: true, memberStateCode: true, status: true } })
        : null;
      if (!inv || inv.campaignId !== deadline.campaignId) throw new DomainError("VALIDATION", { invitationId: ["unknownInvitation"] });
      if (!canApply("extend", inv.status)) throw new DomainError("INVALID_STATE");
      return { key: { invitationId: inv.id }, audit: { type: "invitation", id: inv.id, memberStateCode: inv.memberStateCode } };
    }
  }
}

/**
 * Audited where the history of the party is read: an invitation's extension in the invitation's
 * history (invitation.deadline_extended), a user's or organisation's on the deadline.
 */
function auditTarget(deadline: LockedDeadline, party: { type: string; id: string }, granted: boolean): Pick<AuditEvent, "action" | "entity"> {
  if (party.type === "invitation")
    return { action: granted ? "invitation.deadline_extended" : "invitation.extension_revoked", entity: { type: "Invitation", id: party.id } };
  return { action: granted ? "deadline.extension_granted" : "deadline.extension_revoked", entity: { type: "Deadline", id: deadline.id } };
}

/**
 * Grants one party a later closing of one deadline: the end of `until` in Geneva. Secretariat
 * only (FORBIDDEN). The instant must be later than the deadline's (VALIDATION on `until`: an
 * extension never shortens a window); a second grant to the same party replaces the first.
 * The deadline is locked, the row written and the audit entry recorded in one transaction.
 */
export async function grantExtension(args: { actor: Actor; deadlineId: string; party: ExtensionParty; until: CalendarDayInput; reason: string }) {
  assertSecretariat(args.actor);
  const closesAt = endOfGenevaDay(args.until.year, args.until.month, args.until.day);
  try {
    return await db.$transaction(async (tx) => {
      const deadline = await lockDeadline(tx, args.deadlineId);
      const party = await resolveParty(tx, deadline, args.party);
      if (closesAt.getTime() <= deadline.closesAt.getTime()) throw new DomainError("VALIDATION", { until: ["extensionNotLater"] });
      const existing = await tx.deadlineExtension.findFirst({ where: { deadlineId: deadline.id, ...party.key }, select: { id: true, closesAt: true } });
      const data = { closesAt, reason: args.reason, grantedById: args.actor.id };
      const extension = existing
        ? await tx.deadlineExtension.update({ where: { id: existing.id }, data, select: { id: true, closesAt: true } })
        : await tx.deadlineExtension.create({ data: { ...data, deadlineId: deadline.id, ...party.key }, select: { id: true, closesAt: true } });
      await recordAuditEvent(tx, {
        actorId: args.actor.id,
        ...auditTarget(deadline, party.audit, true),
        data: {
          deadlineId: deadline.id,
          kind: deadline.kind,
          extensionId: extension.id,
          party: party.audit,
          from: existing?.closesAt.toISOString() ?? null,
          to: closesAt.toISOString(),
          reason: args.reason,
        },
      });
      return extension;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT");
    throw error;
  }
}

/** Withdraws an extension (the party is back to the deadline). Secretariat only; audited in the same transaction. */
export async function revokeExtension(args: { actor: Actor; extensionId: string }) {
  assertSecretariat(args.actor);
  return db.$transaction(async (tx) => {
    const extension = await tx.deadlineExtension.findUnique({
      where: { id: args.extensionId },
      select: { id: true, deadlineId: true, userId: true, organisationId: true, invitationId: true, closesAt: true, reason: true },
    });
    if (!extension) throw new DomainError("NOT_FOUND");
    const deadline = await lockDeadline(tx, extension.deadlineId);
    await tx.deadlineExtension.delete({ where: { id: extension.id } });
    const party = extension.invitationId
      ? { type: "invitation", id: extension.invitationId }
      : extension.organisationId
        ? { type: "organisation", id: extension.organisationId }
        : { type: "user", id: extension.userId! };
    await recordAuditEvent(tx, {
      actorId: args.actor.id,
      ...auditTarget(deadline, party, false),
      data: {
        deadlineId: deadline.id,
        kind: deadline.kind,
        extensionId: extension.id,
        party,
        closesAt: extension.closesAt.toISOString(),
        reason: extension.reason,
      },
    });
    return { deadlineId: deadline.id };
  });
}
