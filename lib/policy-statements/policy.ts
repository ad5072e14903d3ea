// Rules of policy statements: protocol order, the word limit, who may still edit.
import type { PolicyStatementStatus, ProtocolCategory } from "@/lib/generated/prisma/enums";

/** Long enough for a three-minute statement read slowly, in any of the six languages. */
export const STATEMENT_WORD_LIMIT = 500;
/** A hard ceiling on the text whatever its words (Chinese is counted per word, not per space). */
export const STATEMENT_TEXT_MAX_CHARS = 12_000;
/** Server actions accept bodies up to 1 MB by default (next.config.ts): stay below with the form. */
export const STATEMENT_PDF_MAX_BYTES = 900 * 1024;

const PROTOCOL_RANK: Record<ProtocolCategory, number> = {
  HEAD_OF_STATE_OR_GOVERNMENT: 1,
  MINISTER: 2,
  DEPUTY_MINISTER: 3,
  AMBASSADOR_OR_HEAD_OF_REGULATOR: 4,
  OTHER: 5,
};

/** The High-Level Track's speaking order: protocol category first, then who asked first. */
export function compareProtocolOrder(
  a: { protocolCategory: ProtocolCategory; requestedAt: Date },
  b: { protocolCategory: ProtocolCategory; requestedAt: Date },
): number {
  return PROTOCOL_RANK[a.protocolCategory] - PROTOCOL_RANK[b.protocolCategory] || a.requestedAt.getTime() - b.requestedAt.getTime();
}

/** The delegation may change its request and statement until it was delivered or withdrawn. */
export const canDelegateEdit = (status: PolicyStatementStatus) => status === "REQUESTED" || status === "SUBMITTED" || status === "SCHEDULED";

/** A statement is scheduled once submitted, and delivered once scheduled (or straight from submitted). */
export function canMarkStatement(from: PolicyStatementStatus, to: "SCHEDULED" | "DELIVERED"): boolean {
  if (to === "SCHEDULED") return from === "SUBMITTED";
  return from === "SUBMITTED" || from === "SCHEDULED";
}

/** Only a statement with content (text or PDF) can be published, and only once. */
export const canPublishStatement = (s: { status: PolicyStatementStatus; hasContent: boolean; publishedAt: Date | null }) =>
  s.hasContent && s.publishedAt === null && (s.status === "SUBMITTED" || s.status === "SCHEDULED" || s.status === "DELIVERED");
