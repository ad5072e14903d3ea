// The rules of Forum registration, as pure functions (no database): who accredits a
// registration, which status changes are allowed, and the photo limits.
import type { BadgeCategory, ForumRegistrationStatus } from "@/lib/generated/prisma/enums";

/** The badge photo as stored: portrait, 3:4, JPEG. */
export const BADGE_PHOTO = { width: 600, height: 800 } as const;
/** An upload larger than this is refused (also checked in the browser, so a big file is never sent). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** Pixels the server agrees to decode (40 megapixels: any camera, not a decompression bomb). */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** A face must be recognisable on the badge. */
export const MIN_PHOTO_SIDE = 200;
export const PHOTO_ACCEPT = "image/jpeg,image/png,.jpg,.jpeg,.png";

/**
 * Who accredits a registration: automatically when the organisation is marked eligible (UN
 * entities, ITU members); the Member State's focal point when it claims a delegation; the
 * secretariat otherwise (after the expression-of-interest questionnaire).
 */
export type AccreditationRoute = "AUTOMATIC" | "FOCAL_POINT" | "SECRETARIAT";

export function accreditationRoute(facts: { organisationEligible: boolean; claimsDelegation: boolean }): AccreditationRoute {
  if (facts.claimsDelegation) return "FOCAL_POINT";
  return facts.organisationEligible ? "AUTOMATIC" : "SECRETARIAT";
}

/** The questionnaire is asked of those the secretariat accredits. */
export const needsExpressionOfInterest = (route: AccreditationRoute) => route === "SECRETARIAT";

/** The badge category a new registration gets; the secretariat may change it when accrediting. */
export const initialCategory = (route: AccreditationRoute): BadgeCategory => (route === "FOCAL_POINT" ? "DELEGATE" : "PARTICIPANT");

/** Statuses in which a decision (accredit, reject, request information) may be taken. */
export const DECIDABLE: readonly ForumRegistrationStatus[] = ["PENDING", "INFO_REQUESTED"];
export const isDecidable = (status: ForumRegistrationStatus) => DECIDABLE.includes(status);

/** A participant may edit (or, once cancelled, renew) unless the registration was rejected. */
export const isEditableStatus = (status: ForumRegistrationStatus) => status !== "REJECTED";
/** A participant may cancel a registration that is neither rejected nor cancelled already. */
export const isCancellableStatus = (status: ForumRegistrationStatus) => status !== "REJECTED" && status !== "CANCELLED";

/** What changes the accreditation: a different person, organisation or delegation must be looked at again. */
export interface AccreditedFacts {
  givenNames: string;
  familyName: string;
  organisationId: string | null;
  invitationId: string | null;
  countryCode: string;
}

export function changesAccreditation(before: AccreditedFacts, after: AccreditedFacts): boolean {
  return (
    before.givenNames !== after.givenNames ||
    before.familyName !== after.familyName ||
    before.organisationId !== after.organisationId ||
    before.invitationId !== after.invitationId ||
    before.countryCode !== after.countryCode
  );
}

/**
 * The status after the participant saves: a new (or renewed) registration is accredited at once
 * on the automatic route and pending otherwise; an accredited one stays accredited unless what
 * was accredited changed; an answer to a request for information goes back to the queue.
 */
export function statusAfterSave(args: {
  previous: ForumRegistrationStatus | null;
  route: AccreditationRoute;
  accreditedFactsChanged: boolean;
}): ForumRegistrationStatus {
  if (args.route === "AUTOMATIC") return "ACCREDITED";
  if (args.previous === "ACCREDITED" && !args.accreditedFactsChanged) return "ACCREDITED";
  return "PENDING";
}

/** A passport must still be valid on the last day of the Forum (a date, compared as yyyy-mm-dd). */
export const passportValidForForum = (expiry: string, forumEnd: string) => expiry >= forumEnd;
