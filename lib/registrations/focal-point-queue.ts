import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import type { FocalDecisionInput } from "./admin-schemas";
import { canFocalPointDecide, isWithinScopes } from "./focal-point-policy";
import { focalPointScopes } from "./focal-points";
import { getDelegationRoster } from "./roster";
import { applyRegistrationDecision } from "./service";

type Person = Pick<CurrentUser, "id" | "email">;

const queueSelect = {
  id: true,
  honorific: true,
  givenNames: true,
  familyName: true,
  jobTitle: true,
  status: true,
  statusReason: true,
  attendance: true,
  submittedAt: true,
  decidedAt: true,
  organisation: { select: { name: true } },
  user: { select: { email: true } },
} as const;

/**
 * The focal point's own queue: for each Member State and edition they accredit for, the
 * registrations that claim its delegation (waiting first) and the confirmed roster with who has
 * registered. Nothing of any other State is read.
 */
export async function getFocalPointQueue(user: Person, locale: Locale) {
  const scopes = await focalPointScopes(db, user);
  const groups = await Promise.all(
    scopes.map(async (scope) => {
      const [edition, state, registrations, invitations] = await Promise.all([
        db.forumEdition.findUniqueOrThrow({ where: { id: scope.editionId }, select: { id: true, year: true, title: true } }),
        db.memberState.findUniqueOrThrow({ where: { code: scope.memberStateCode }, select: { code: true, name: true } }),
        db.forumRegistration.findMany({
          where: { editionId: scope.editionId, invitation: { memberStateCode: scope.memberStateCode }, status: { not: "CANCELLED" } },
          orderBy: [{ submittedAt: "asc" }],
          select: queueSelect,
        }),
        db.invitation.findMany({ where: { editionId: scope.editionId, memberStateCode: scope.memberStateCode, status: "CONFIRMED" }, select: { id: true } }),
      ]);
      const rosters = await Promise.all(invitations.map((i) => getDelegationRoster(i.id)));
      return {
        key: `${edition.year}-${state.code}`,
        edition: { year: edition.year, title: localizeText(edition.title, locale) },
        memberState: { code: state.code, name: localizeText(state.name, locale) },
        waiting: registrations.filter((r) => canFocalPointDecide(r.status)),
        decided: registrations.filter((r) => !canFocalPointDecide(r.status)),
        roster: rosters.flat(),
      };
    }),
  );
  return groups.sort((a, b) => b.edition.year - a.edition.year || a.memberState.name.localeCompare(b.memberState.name, locale));
}
export type FocalPointGroup = Awaited<ReturnType<typeof getFocalPointQueue>>[number];

/**
 * The focal point accredits (badge category DELEGATE) or rejects (with its reason) a registration
 * that claims their State's delegation. The row is locked and re-read in the transaction; a
 * registration of another State's delegation, or of none, is NOT_FOUND (never say which); one
 * already decided is INVALID_STATE. The decision itself is the secretariat's one
 * (applyRegistrationDecision: audited as via "focal_point", the participant mailed in their language).
 */
export async function decideAsFocalPoint(user: Person, registrationId: string, input: FocalDecisionInput, now: Date) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ForumRegistration" WHERE id = ${registrationId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND");
    const reg = await tx.forumRegistration.findUniqueOrThrow({
      where: { id: registrationId },
      select: { editionId: true, invitation: { select: { memberStateCode: true } } },
    });
    const scopes = await focalPointScopes(tx, user, reg.editionId);
    if (!isWithinScopes(scopes, { editionId: reg.editionId, memberStateCode: reg.invitation?.memberStateCode })) throw new DomainError("NOT_FOUND");
    const decision =
      input.decision === "ACCREDIT" ? ({ kind: "accredit", category: "DELEGATE" } as const) : ({ kind: "reject", reason: input.reason ?? "" } as const);
    return applyRegistrationDecision(tx, { actorId: user.id, registrationId, decision, now, via: "focal_point" });
  });
}
