import "server-only";
import crypto from "node:crypto";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { invitationDeadlinesSelect, campaignDeadlinesSelect } from "@/lib/deadlines/queries";
import { db, type Tx } from "@/lib/db";
import type { ConfirmationDecision, ConfirmationState } from "@/lib/generated/prisma/enums";
import { syncRosterRegistrations } from "@/lib/registrations/roster";
import { enqueueAnswerMail } from "../emails";
import { canAnswer, canViewInvitation, confirmationReference, isResponseOpen, responseClosesAt, statusAfterAnswer } from "../policy";
import type { DelegationMemberInput } from "../schemas";
import { lockInvitation, LOCKING_TRANSACTION, type Actor } from "./common";

/**
 * Records that the addressee, signed in, opened the invitation: SENT (or BOUNCED) becomes
 * VIEWED. Idempotent, and a no-op for anyone else; the mailed link itself never records anything.
 */
export async function markInvitationViewed(actor: Actor, invitationId: string, now: Date): Promise<boolean> {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, email: { equals: actor.email, mode: "insensitive" }, status: { in: ["SENT", "BOUNCED"] } },
    data: { status: "VIEWED", viewedAt: now },
  });
  return count === 1;
}

const answerSelect = {
  id: true,
  email: true,
  status: true,
  language: true,
  memberStateCode: true,
  ...invitationDeadlinesSelect,
  viewedAt: true,
  edition: { select: { year: true } },
  memberState: { select: { name: true } },
  campaign: { select: { symbol: true, subject: true, ...campaignDeadlinesSelect } },
  confirmation: {
    select: {
      id: true,
      decision: true,
      state: true,
      reference: true,
      members: { orderBy: { position: "asc" }, select: { name: true, title: true, gender: true, email: true, attendance: true } },
    },
  },
} as const;

/**
 * The invitation for an answer, locked, after the checks every answer shares: only its addressee
 * (anyone else: NOT_FOUND), not withdrawn (INVALID_STATE), before its deadline in the
 * transaction's `now` (DEADLINE_PASSED).
 */
async function answerableInvitation(tx: Tx, actor: Actor, invitationId: string, now: Date) {
  if (!(await lockInvitation(tx, invitationId))) throw new DomainError("NOT_FOUND");
  const inv = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: answerSelect });
  if (!canViewInvitation(inv, actor.email)) throw new DomainError("NOT_FOUND");
  if (!canAnswer(inv.status)) throw new DomainError("INVALID_STATE");
  if (!isResponseOpen(inv, now)) throw new DomainError("DEADLINE_PASSED");
  return inv;
}

type Answerable = Awaited<ReturnType<typeof answerableInvitation>>;

type MemberFacts = { name: string; title: string; gender: string; email: string | null; attendance: string };
const memberKey = (m: MemberFacts) => [m.name, m.title, m.gender, m.email ?? "", m.attendance].join("\u0000");
/** The same people in the same order with the same details: saving it again changes nothing. */
const sameDelegation = (a: readonly MemberFacts[], b: readonly MemberFacts[]) => a.length === b.length && a.every((m, i) => memberKey(m) === memberKey(b[i]!));
/** "Name (title)" per member, head first: what the audit entry keeps of a delegation. */
const delegationSummary = (members: readonly MemberFacts[]) => members.map((m) => `${m.name} (${m.title})`);

/** Writes the answer (one row per invitation, kept for ever with its reference) and moves the invitation on. */
async function writeAnswer(
  tx: Tx,
  actor: Actor,
  inv: Answerable,
  answer: { decision: ConfirmationDecision; state: ConfirmationState; declineReason: string | null; members: DelegationMemberInput[] },
  now: Date,
) {
  const submitted = answer.state === "SUBMITTED";
  // a new answer (first submission, or the other decision); an edit of a submitted answer keeps its times
  const changed = submitted && (inv.confirmation?.state !== "SUBMITTED" || inv.confirmation.decision !== answer.decision);
  const data = {
    decision: answer.decision,
    state: answer.state,
    declineReason: answer.declineReason,
    ...(changed ? { submittedById: actor.id, submittedAt: now } : {}),
  };
  const confirmation = inv.confirmation
    ? await tx.participationConfirmation.update({ where: { id: inv.confirmation.id }, data, select: { id: true, reference: true } })
    : await tx.participationConfirmation.create({
        data: { ...data, invitationId: inv.id, reference: confirmationReference(inv.edition.year, inv.memberStateCode, crypto.randomBytes(4)) },
        select: { id: true, reference: true },
      });
  await tx.delegationMember.deleteMany({ where: { confirmationId: confirmation.id } });
  const members = answer.members.map((m, position) => ({
    confirmationId: confirmation.id,
    position,
    isHead: position === 0,
    name: m.name,
    title: m.title,
    gender: m.gender,
    email: m.email ?? null,
    attendance: m.attendance,
  }));
  if (members.length > 0) await tx.delegationMember.createMany({ data: members });

  const status = statusAfterAnswer(inv.status, answer);
  await tx.invitation.update({
    where: { id: inv.id },
    data: { status, viewedAt: inv.viewedAt ?? now, ...(changed ? { respondedAt: now } : {}) },
  });
  const edited = submitted && !changed && answer.decision === "ATTENDING" && !sameDelegation(inv.confirmation?.members ?? [], members);
  if (changed) {
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: answer.decision === "ATTENDING" ? "invitation.confirmed" : "invitation.declined",
      entity: { type: "Invitation", id: inv.id },
      data: { reference: confirmation.reference, delegates: members.length },
    });
  }
  if (edited) {
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "invitation.delegation_changed",
      entity: { type: "Invitation", id: inv.id },
      data: { reference: confirmation.reference, before: delegationSummary(inv.confirmation?.members ?? []), after: delegationSummary(members) },
    });
  }
  if (changed || edited) {
    await enqueueAnswerMail(tx, {
      invitationId: inv.id,
      confirmationId: confirmation.id,
      email: inv.email,
      language: inv.language,
      reference: confirmation.reference,
      decision: answer.decision,
      memberStateCode: inv.memberStateCode,
      memberStateName: inv.memberState.name,
      campaign: inv.campaign,
      members,
      declineReason: answer.declineReason,
      closesAt: responseClosesAt(inv),
      // one mail per answer, and one per change of the delegation
      update: edited ? now : null,
    });
  }
  // the roster and the members' own Forum registrations in step: each member with an address is
  // invited (once) to register, and registrations already made follow the rewritten roster rows
  if (submitted && answer.decision === "ATTENDING") await syncRosterRegistrations(tx, inv.id, now);
  return { reference: confirmation.reference, status };
}

/**
 * Saves the delegation: as a draft, or as the confirmation of participation. Once a reply was
 * submitted, a later save is submitted too (a head of delegation is then required). Concurrent saves of one
 * invitation queue on its row lock: one confirmation, one mail, whatever the number of clicks.
 */
export async function saveDelegation(actor: Actor, invitationId: string, input: { intent: "draft" | "submit"; members: DelegationMemberInput[] }, now: Date) {
  return db.$transaction(async (tx) => {
    const inv = await answerableInvitation(tx, actor, invitationId, now);
    // once a reply was submitted (either way), a save is a reply again: a draft would withdraw it
    const replied = inv.confirmation?.state === "SUBMITTED";
    const state: ConfirmationState = input.intent === "submit" || replied ? "SUBMITTED" : "DRAFT";
    if (state === "SUBMITTED" && input.members.length === 0) throw new DomainError("VALIDATION", { members: ["headRequired"] });
    return writeAnswer(tx, actor, inv, { decision: "ATTENDING", state, declineReason: null, members: input.members }, now);
  }, LOCKING_TRANSACTION);
}

/** Declines the invitation (with an optional reason); the delegation, if any, is cleared. */
export async function declineInvitation(actor: Actor, invitationId: string, reason: string | undefined, now: Date) {
  return db.$transaction(async (tx) => {
    const inv = await answerableInvitation(tx, actor, invitationId, now);
    return writeAnswer(tx, actor, inv, { decision: "DECLINED", state: "SUBMITTED", declineReason: reason ?? null, members: [] }, now);
  }, LOCKING_TRANSACTION);
}
