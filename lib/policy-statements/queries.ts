import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canViewInvitation, sameEmail } from "@/lib/invitations/policy";
import { isVerifiedSecretariat } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { compareProtocolOrder } from "./policy";

const statementSelect = {
  id: true,
  memberStateCode: true,
  speakerName: true,
  speakerTitle: true,
  protocolCategory: true,
  language: true,
  text: true,
  timeLimitMinutes: true,
  status: true,
  requestedAt: true,
  submittedAt: true,
  publishedAt: true,
  memberState: { select: { name: true } },
  file: { select: { id: true, filename: true, size: true } },
  edition: { select: { year: true } },
} as const;

/** The editions that have statement requests, newest first (for the secretariat's filter). */
export async function listStatementEditions(_secretariat: Secretariat) {
  return db.forumEdition.findMany({ where: { policyStatements: { some: {} } }, orderBy: { year: "desc" }, select: { id: true, year: true } });
}

/** An edition's requests in protocol order (category, then time of request). */
export async function listStatementsInProtocolOrder(_secretariat: Secretariat, editionId: string) {
  const rows = await db.policyStatement.findMany({ where: { editionId }, select: statementSelect });
  return rows.sort(compareProtocolOrder);
}

/** What the public page lists: published statements, newest edition first, in protocol order. */
export async function listPublishedStatements() {
  const rows = await db.policyStatement.findMany({ where: { publishedAt: { not: null } }, select: statementSelect });
  return rows.sort((a, b) => b.edition.year - a.edition.year || compareProtocolOrder(a, b));
}

/**
 * A statement's PDF for download: public once published; before that only for the secretariat
 * and the invitation's addressee. Anyone else gets nothing (a 404).
 */
export async function getStatementFile(statementId: string, user: CurrentUser | null) {
  const s = await db.policyStatement.findUnique({
    where: { id: statementId },
    select: { publishedAt: true, invitation: { select: { email: true } }, file: { select: { filename: true, mimeType: true, data: true } } },
  });
  if (!s?.file) return null;
  const allowed = s.publishedAt !== null || isVerifiedSecretariat(user) || (!!user && !!s.invitation && sameEmail(s.invitation.email, user.email));
  return allowed ? s.file : null;
}

/**
 * The statement the invitation's State already holds in the edition through another letter, if
 * any: that letter's symbol, and the invitation to open when the user is its addressee too.
 */
export async function getStatementHeldElsewhere(invitationId: string, userEmail: string) {
  const inv = await db.invitation.findUnique({ where: { id: invitationId }, select: { editionId: true, memberStateCode: true } });
  if (!inv) return null;
  const other = await db.policyStatement.findUnique({
    where: { editionId_memberStateCode: inv },
    select: { invitationId: true, invitation: { select: { email: true, status: true, campaign: { select: { symbol: true } } } } },
  });
  if (!other || other.invitationId === invitationId) return null;
  const visible = !!other.invitation && canViewInvitation(other.invitation, userEmail);
  return { symbol: other.invitation?.campaign.symbol ?? null, invitationId: visible ? other.invitationId : null };
}
