import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { DomainError } from "@/lib/actions/errors";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { staffInvitationMail } from "./emails";
import type { InviteStaffInput } from "./schemas";

/**
 * Gives the secretariat role to an address (creating the user if needed) and mails them a
 * sign-in invitation, audited, in one transaction. A disabled account is enabled again.
 */
export async function inviteStaffMember({ actor, input }: { actor: Secretariat; input: InviteStaffInput }) {
  const mail = await staffInvitationMail(input.email, input.language, actor.name ?? actor.email);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email: input.email }, select: { role: true } });
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name ?? null, role: "SECRETARIAT", preferredLanguage: input.language },
      update: { role: "SECRETARIAT", disabledAt: null, ...(input.name && { name: input.name }) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "staff.invited",
      entity: { type: "User", id: user.id },
      data: { email: input.email, previousRole: before?.role ?? null },
    });
    await enqueueMail(tx, mail);
    return user;
  });
}

/**
 * Takes the secretariat role away (back to STAKEHOLDER) and deletes the member's sessions in the
 * same transaction, so every open browser of theirs is signed out at once. The secretariat rows
 * are locked first: two members removing each other at the same moment cannot leave none.
 */
export async function removeStaffMember({ actor, userId }: { actor: Secretariat; userId: string }) {
  return db.$transaction((tx) => removeStaffMemberIn(tx, { actor, userId }));
}

/** removeStaffMember inside the caller's transaction. */
export async function removeStaffMemberIn(tx: Tx, { actor, userId }: { actor: Secretariat; userId: string }) {
  if (userId === actor.id) throw new DomainError("INVALID_STATE");
  const staff = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'SECRETARIAT' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  if (!staff.some((s) => s.id === userId)) throw new DomainError("NOT_FOUND");
  if (staff.length <= 1) throw new DomainError("INVALID_STATE");
  await tx.user.update({ where: { id: userId }, data: { role: "STAKEHOLDER" } });
  const ended = await tx.session.deleteMany({ where: { userId } });
  await recordAuditEvent(tx, { actorId: actor.id, action: "staff.removed", entity: { type: "User", id: userId }, data: { sessionsEnded: ended.count } });
  return { sessionsEnded: ended.count };
}
