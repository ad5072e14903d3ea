// The rules of the invitation flow as pure predicates: who may see an invitation, when it may be
// answered, which status changes are allowed. Services call them inside their transaction with
// the one `now` captured at the start of the request; pages call them to show the same answer.
import { invitationWindows, isWindowOpen, type InvitationDeadlineFacts } from "@/lib/deadlines/policy";
import type { ConfirmationDecision, ConfirmationState, Gender, InvitationStatus } from "@/lib/generated/prisma/enums";

/** The rows an invitation's windows come from (lib/deadlines: invitationDeadlinesSelect, campaignDeadlinesSelect). */
export type DeadlineFacts = InvitationDeadlineFacts;

/** The instant the invitation stops accepting answers: its own extension, else the campaign's response deadline. */
export const responseClosesAt = (inv: DeadlineFacts): Date => invitationWindows(inv).response.closesAt;

/** Answers are taken while the response window is open (lib/deadlines: one millisecond at or after it is late). */
export const isResponseOpen = (inv: DeadlineFacts, now: Date) => isWindowOpen(invitationWindows(inv).response, now);

/**
 * Policy statements may be requested, submitted and edited until the campaign's statement
 * deadline (with the invitation's extension of it); a campaign without one takes statements as
 * long as it takes answers.
 */
export const statementClosesAt = (inv: DeadlineFacts): Date => invitationWindows(inv).statement.closesAt;

export const isStatementOpen = (inv: DeadlineFacts, now: Date) => isWindowOpen(invitationWindows(inv).statement, now);

/** Addresses compare case-insensitively (Auth.js stores them lower-cased). */
export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Invitations the addressee can open: sent (in any later state) and not withdrawn by a NOT_SENT reset. */
const VISIBLE: readonly InvitationStatus[] = ["SENT", "VIEWED", "CONFIRMED", "DECLINED", "BOUNCED", "REVOKED"];

/**
 * Only the addressee (signed in with the invitation's address) sees an invitation, and only once
 * it was sent; everyone else is told it does not exist.
 */
export const canViewInvitation = (inv: { email: string; status: InvitationStatus }, userEmail: string) =>
  VISIBLE.includes(inv.status) && sameEmail(inv.email, userEmail);

/** States in which the addressee may still answer (before the deadline). */
const ANSWERABLE: readonly InvitationStatus[] = ["SENT", "VIEWED", "CONFIRMED", "DECLINED", "BOUNCED"];
export const canAnswer = (status: InvitationStatus) => ANSWERABLE.includes(status);

// ---------------------------------------------------------------- secretariat transitions

export type InvitationCommand = "send" | "resend" | "revoke" | "markBounced" | "changeEmail" | "extend";

const ALLOWED: Record<InvitationCommand, readonly InvitationStatus[]> = {
  send: ["NOT_SENT"],
  resend: ["SENT", "VIEWED", "BOUNCED", "CONFIRMED", "DECLINED"],
  revoke: ["NOT_SENT", "SENT", "VIEWED", "BOUNCED", "CONFIRMED", "DECLINED"],
  markBounced: ["SENT"],
  changeEmail: ["NOT_SENT", "SENT", "VIEWED", "BOUNCED"],
  extend: ["NOT_SENT", "SENT", "VIEWED", "BOUNCED", "CONFIRMED", "DECLINED"],
};

export const canApply = (command: InvitationCommand, status: InvitationStatus) => ALLOWED[command].includes(status);

/** The status after a mailing: a resend to a bounced address starts again from SENT. */
export const statusAfterMailing = (status: InvitationStatus): InvitationStatus => (status === "NOT_SENT" || status === "BOUNCED" ? "SENT" : status);

/** The invitation's status once the addressee's answer is saved (a draft changes nothing). */
export function statusAfterAnswer(status: InvitationStatus, answer: { decision: ConfirmationDecision; state: ConfirmationState }): InvitationStatus {
  if (answer.state === "DRAFT") return status === "SENT" || status === "BOUNCED" ? "VIEWED" : status;
  return answer.decision === "ATTENDING" ? "CONFIRMED" : "DECLINED";
}

// ---------------------------------------------------------------- gender balance

export interface GenderBalance {
  total: number;
  women: number;
  /** women / total, 0..1 (0 for an empty delegation) */
  share: number;
}

/** The letter encourages women in delegations: counted over the people named so far. */
export function genderBalance(members: readonly { gender: Gender | "" | undefined }[]): GenderBalance {
  const total = members.length;
  const women = members.filter((m) => m.gender === "FEMALE").length;
  return { total, women, share: total === 0 ? 0 : women / total };
}

// ---------------------------------------------------------------- references

const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** "WSIS2020-CH-7K3Q": the edition, the Member State and four characters no one misreads. */
export function confirmationReference(year: number, memberStateCode: string, random: Uint8Array): string {
  const suffix = Array.from(random.slice(0, 4), (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join("");
  return `WSIS${year}-${memberStateCode.toUpperCase()}-${suffix}`;
}
