import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { campaignDeadlines } from "@/lib/deadlines/policy";
import { campaignDeadlinesSelect, invitationDeadlinesSelect } from "@/lib/deadlines/queries";
import { grantExtension as grantDeadlineExtension } from "@/lib/deadlines/service";
import { db, type Tx } from "@/lib/db";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { enqueueInvitationMail } from "../emails";
import { canApply, responseClosesAt, statusAfterMailing, type InvitationCommand } from "../policy";
import type { CalendarDayInput } from "../schemas";
import { newInvitationToken } from "../token";
import { assertSecretariat, lockInvitation, type Actor } from "./common";

const mailingSelect = {
  id: true,
  status: true,
  email: true,
  language: true,
  addresseeName: true,
  addresseeTitle: true,
  ...invitationDeadlinesSelect,
  memberStateCode: true,
  memberState: { select: { name: true } },
  campaign: { select: { id: true, symbol: true, subject: true, ...campaignDeadlinesSelect } },
} as const;

/** Loads and locks an invitation for a secretariat command, refusing states the command does not apply to. */
async function invitationFor(tx: Tx, id: string, command: InvitationCommand) {
  if (!(await lockInvitation(tx, id))) throw new DomainError("NOT_FOUND");
  const inv = await tx.invitation.findUniqueOrThrow({ where: { id }, select: mailingSelect });
  if (!canApply(command, inv.status)) throw new DomainError("INVALID_STATE");
  return inv;
}

/** A new personal link (the previous one stops working), its mail in the outbox, the status moved on. */
async function mailInvitation(
  tx: Tx,
  actor: Actor,
  inv: Awaited<ReturnType<typeof invitationFor>>,
  action: "invitation.sent" | "invitation.resent",
  now: Date,
) {
  const { token, hash } = newInvitationToken();
  const status: InvitationStatus = statusAfterMailing(inv.status);
  await tx.invitation.update({ where: { id: inv.id }, data: { tokenHash: hash, status, sentAt: now, bouncedAt: null } });
  await enqueueInvitationMail(
    tx,
    { ...inv, memberStateName: inv.memberState.name, closesAt: responseClosesAt({ ...inv, campaign: inv.campaign }) },
    token,
    hash,
  );
  await recordAuditEvent(tx, { actorId: actor.id, action, entity: { type: "Invitation", id: inv.id }, data: { to: inv.email, from: inv.status, status } });
}

/** Options of a send: `confirmPastDeadline`, the box ticked after the warning that the reply-by date has passed. */
export interface SendOptions {
  confirmPastDeadline?: boolean;
}

/**
 * Letters whose reply-by date (with the invitation's extension) has passed are mailed only once
 * the secretariat has confirmed it, after a warning: the addressees could not reply.
 */
function assertDeadlinesConfirmed(invitations: Awaited<ReturnType<typeof invitationFor>>[], now: Date, options: SendOptions) {
  const late = invitations.filter((inv) => responseClosesAt(inv) <= now).length;
  if (late > 0 && !options.confirmPastDeadline) {
    // under the box to tick, so the form asks for it (with or without JavaScript)
    const reason = { key: "sendPastDeadline", values: { count: late } };
    throw new DomainError("VALIDATION", { confirmPastDeadline: [reason] }, reason);
  }
}

/**
 * Sends the invitation letter: a personal link is made, its hash stored, the mail written to the
 * outbox and the status set to SENT, all in one audited transaction (the mail leaves after commit).
 */
export async function sendInvitation(actor: Actor, invitationId: string, now: Date, options: SendOptions = {}) {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const inv = await invitationFor(tx, invitationId, "send");
    assertDeadlinesConfirmed([inv], now, options);
    await mailInvitation(tx, actor, inv, "invitation.sent", now);
  });
}

/** Sends every invitation of the campaign that has not been sent yet; returns how many. */
export async function sendCampaign(actor: Actor, campaignId: string, now: Date, options: SendOptions = {}): Promise<number> {
  assertSecretariat(actor);
  return db.$transaction(
    async (tx) => {
      const campaign = await tx.invitationCampaign.findUnique({ where: { id: campaignId }, select: { id: true } });
      if (!campaign) throw new DomainError("NOT_FOUND");
      const pending = await tx.invitation.findMany({ where: { campaignId, status: "NOT_SENT" }, select: { id: true }, orderBy: { memberStateCode: "asc" } });
      const invitations = [];
      for (const { id } of pending) invitations.push(await invitationFor(tx, id, "send"));
      assertDeadlinesConfirmed(invitations, now, options);
      for (const inv of invitations) await mailInvitation(tx, actor, inv, "invitation.sent", now);
      return invitations.length;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/** Sends the letter again with a new link (the old link stops working); a bounced invitation becomes SENT. */
export async function resendInvitation(actor: Actor, invitationId: string, now: Date, options: SendOptions = {}) {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const inv = await invitationFor(tx, invitationId, "resend");
    assertDeadlinesConfirmed([inv], now, options);
    await mailInvitation(tx, actor, inv, "invitation.resent", now);
  });
}

/** Withdraws an invitation: its link then only says so, and it can no longer be answered. */
export async function revokeInvitation(actor: Actor, invitationId: string, now: Date) {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const inv = await invitationFor(tx, invitationId, "revoke");
    await tx.invitation.update({ where: { id: inv.id }, data: { status: "REVOKED", revokedAt: now } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "invitation.revoked", entity: { type: "Invitation", id: inv.id }, data: { from: inv.status } });
  });
}

/** Records that the mail came back undelivered (the secretariat reads the bounce). */
export async function markInvitationBounced(actor: Actor, invitationId: string, now: Date) {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const inv = await invitationFor(tx, invitationId, "markBounced");
    await tx.invitation.update({ where: { id: inv.id }, data: { status: "BOUNCED", bouncedAt: now } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "invitation.bounced", entity: { type: "Invitation", id: inv.id } });
  });
}

/**
 * Binds the invitation to another address (the old address loses access at once). Nothing is
 * mailed: the secretariat resends when the new addressee should get the letter.
 */
export async function changeInvitationEmail(actor: Actor, invitationId: string, email: string) {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const inv = await invitationFor(tx, invitationId, "changeEmail");
    if (inv.email === email) return;
    const taken = await tx.invitation.count({ where: { campaignId: inv.campaign.id, email, id: { not: inv.id } } });
    if (taken > 0) throw new DomainError("CONFLICT", { email: ["emailAlreadyInvited"] });
    await tx.invitation.update({ where: { id: inv.id }, data: { email } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "invitation.email_changed",
      entity: { type: "Invitation", id: inv.id },
      data: { from: inv.email, to: email },
    });
  });
}

/**
 * Grants one invitation a later response deadline: the end of `until` in Geneva, through the
 * deadlines domain (lib/deadlines/service: later than the campaign's deadline, audited as
 * invitation.deadline_extended). Refused for a revoked invitation (INVALID_STATE).
 */
export async function grantExtension(actor: Actor, invitationId: string, until: CalendarDayInput, reason: string) {
  assertSecretariat(actor);
  const inv = await db.invitation.findUnique({ where: { id: invitationId }, select: { campaign: { select: campaignDeadlinesSelect } } });
  if (!inv) throw new DomainError("NOT_FOUND");
  const deadlineId = campaignDeadlines(inv.campaign).response.id;
  const extension = await grantDeadlineExtension({ actor, deadlineId, party: { type: "invitation", invitationId }, until, reason });
  return extension.closesAt;
}
