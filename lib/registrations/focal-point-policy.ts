// Who accredits a Member State's delegation (the real WSIS procedure): the State's focal point,
// that is the addressee of the State's invitation for the edition, or a person the secretariat
// names. Pure rules; lib/registrations/focal-points.ts reads the rows they apply to.
import type { InvitationStatus } from "../generated/prisma/enums.ts";
import { isDecidable } from "./policy.ts";

/** An invitation makes its addressee a focal point once it was sent, and until it is revoked. */
export const FOCAL_INVITATION_STATUSES: readonly InvitationStatus[] = ["SENT", "VIEWED", "CONFIRMED", "DECLINED", "BOUNCED"];

/** The registrations a focal point decides: those still waiting, as for the secretariat (a request for information included). */
export const canFocalPointDecide = isDecidable;

/** One (edition, Member State) a user accredits for. */
export interface FocalPointScope {
  editionId: string;
  memberStateCode: string;
}

export const scopeKey = (s: FocalPointScope) => `${s.editionId}:${s.memberStateCode}`;

/** Whether the registration's claimed delegation is one the user accredits for. */
export function isWithinScopes(scopes: readonly FocalPointScope[], claim: { editionId: string; memberStateCode: string | null | undefined }): boolean {
  if (!claim.memberStateCode) return false;
  const key = scopeKey({ editionId: claim.editionId, memberStateCode: claim.memberStateCode });
  return scopes.some((s) => scopeKey(s) === key);
}
