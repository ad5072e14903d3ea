import "server-only";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import type { MessageRef } from "@/lib/actions/form-state";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { assertWindowOpen } from "@/lib/deadlines/policy";
import { loadWindow, partyOf } from "@/lib/deadlines/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BadgeCategory, ForumRegistrationStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { newBadgeCode } from "./badge-code";
import { enqueueRegistrationStatusMail } from "./emails";
import { processBadgePhoto } from "./photo";
import {
  accreditationRoute,
  changesAccreditation,
  initialCategory,
  isCancellableStatus,
  isDecidable,
  isEditableStatus,
  needsExpressionOfInterest,
  passportValidForForum,
  statusAfterSave,
} from "./policy";
import { genevaToday, type ExpressionOfInterest, type RegistrationInput, type VisaRequestInput } from "./schemas";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

interface LockedRegistration {
  id: string;
  status: ForumRegistrationStatus;
  givenNames: string;
  familyName: string;
  organisationId: string | null;
  invitationId: string | null;
  countryCode: string;
  badgeCode: string | null;
  category: BadgeCategory;
  hasPhoto: boolean;
}

/**
 * The user's registration for the edition, locked until the transaction ends (null: none yet).
 * The user's row is locked first, so a person's parallel submits run one after the other: the
 * first creates the registration, the others find it and save over it (the unique key is the
 * last guard, never reached by the person's own requests).
 */
async function lockOwnRegistration(tx: Tx, userId: string, editionId: string): Promise<LockedRegistration | null> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const rows = await tx.$queryRaw<LockedRegistration[]>`
    SELECT id, status, "givenNames", "familyName", "organisationId", "invitationId", "countryCode", "badgeCode", category,
           (photo IS NOT NULL) AS "hasPhoto"
      FROM "ForumRegistration" WHERE "userId" = ${userId} AND "editionId" = ${editionId} FOR UPDATE`;
  return rows[0] ?? null;
}

async function lockRegistration(tx: Tx, id: string): Promise<LockedRegistration & { editionId: string }> {
  const rows = await tx.$queryRaw<(LockedRegistration & { editionId: string })[]>`
    SELECT id, "editionId", status, "givenNames", "familyName", "organisationId", "invitationId", "countryCode", "badgeCode", category,
           (photo IS NOT NULL) AS "hasPhoto"
      FROM "ForumRegistration" WHERE id = ${id} FOR UPDATE`;
  if (!rows[0]) throw new DomainError("NOT_FOUND");
  return rows[0];
}

/** Long enough for a burst of submits of one person to queue on the row lock rather than fail. */
const QUEUEING_TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;

/** Runs a transaction; a unique key that refuses a second row (two submits racing) is CONFLICT. */
async function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work, QUEUEING_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT");
    throw error;
  }
}

async function editionByYear(tx: Tx, year: number) {
  const edition = await tx.forumEdition.findUnique({ where: { year }, select: { id: true, endDate: true } });
  if (!edition) throw new DomainError("NOT_FOUND");
  return edition;
}

/** The delegation the registration claims: from the roster's member (pre-filled link) or the State chosen. */
async function resolveDelegation(
  tx: Tx,
  args: { editionId: string; userEmail: string; delegationMemberId?: string; delegationState?: string },
  errors: Record<string, MessageRef[]>,
): Promise<{ invitationId: string | null; delegationMemberId: string | null }> {
  if (args.delegationMemberId) {
    const member = await tx.delegationMember.findUnique({
      where: { id: args.delegationMemberId },
      select: { id: true, email: true, confirmation: { select: { state: true, invitation: { select: { id: true, editionId: true, status: true } } } } },
    });
    const inv = member?.confirmation.invitation;
    const ok = member && member.email?.toLowerCase() === args.userEmail.toLowerCase() && inv?.editionId === args.editionId && inv.status === "CONFIRMED";
    if (!ok) {
      errors.delegationState = ["delegationMember"];
      return { invitationId: null, delegationMemberId: null };
    }
    return { invitationId: inv!.id, delegationMemberId: member!.id };
  }
  if (!args.delegationState) return { invitationId: null, delegationMemberId: null };
  const invitation = await tx.invitation.findFirst({
    where: { editionId: args.editionId, memberStateCode: args.delegationState, status: "CONFIRMED", revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!invitation) errors.delegationState = ["noDelegation"];
  return { invitationId: invitation?.id ?? null, delegationMemberId: null };
}

function visaProblems(visa: VisaRequestInput, today: string, forumEnd: string, errors: Record<string, MessageRef[]>) {
  if (visa.passportExpiry < today) errors.passportExpiry = ["passportExpired"];
  else if (!passportValidForForum(visa.passportExpiry, forumEnd)) errors.passportExpiry = ["passportExpiresBeforeForum"];
  if (visa.dateOfBirth >= today || visa.dateOfBirth < "1900-01-01") errors.dateOfBirth = ["dateOfBirth"];
}

export interface SaveRegistrationArgs {
  userId: string;
  year: number;
  input: RegistrationInput;
  /** the uploaded file, if one was chosen */
  photo: Blob | null;
  /** the language of the page: the participant's mails are written in it */
  locale: Locale;
  now: Date;
}

/**
 * Registers the user for an edition, or saves their changes: one registration per person and
 * edition (the unique key refuses a second, even when submits race: CONFLICT). In one
 * transaction, with the row locked: the FORUM_REGISTRATION window is checked against `now`, the
 * organisation and delegation are read, the accreditation route decides the status (accredited
 * at once for an eligible organisation), the visa letter request is kept in step, and the audit
 * entries and the status mail are written. The photo is processed before (sharp is slow) and
 * refused with a field error when it is not a usable JPEG or PNG.
 */
export async function saveRegistration(args: SaveRegistrationArgs): Promise<{ id: string; status: ForumRegistrationStatus }> {
  const { input, now } = args;
  const photoFile = args.photo && args.photo.size > 0 ? args.photo : null;
  let jpeg: Buffer | null = null;
  if (photoFile) {
    const processed = await processBadgePhoto(photoFile);
    if (!processed.ok) throw new DomainError("VALIDATION", { photo: [processed.problem] });
    jpeg = processed.jpeg;
  }
  return transaction(async (tx) => {
    const edition = await editionByYear(tx, args.year);
    const existing = await lockOwnRegistration(tx, args.userId, edition.id);
    assertWindowOpen(await loadWindow(tx, { editionId: edition.id, kind: "FORUM_REGISTRATION" }, await partyOf(tx, args.userId)), now);
    if (existing && !isEditableStatus(existing.status)) throw new DomainError("INVALID_STATE");

    const errors: Record<string, MessageRef[]> = {};
    const user = await tx.user.findUniqueOrThrow({ where: { id: args.userId }, select: { email: true } });
    const organisation = await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { id: true, accreditationEligible: true } });
    if (!organisation) errors.organisationId = ["choice"];
    const delegation = await resolveDelegation(tx, { editionId: edition.id, userEmail: user.email, ...input }, errors);
    const route = accreditationRoute({
      organisationEligible: organisation?.accreditationEligible ?? false,
      claimsDelegation: delegation.invitationId !== null,
    });
    let interest: ExpressionOfInterest | null = null;
    if (needsExpressionOfInterest(route)) {
      if (!input.interestReason) errors.interestReason = ["required"];
      if (!input.priorParticipation) errors.priorParticipation = ["choice"];
      if (input.interestReason && input.priorParticipation) interest = { reason: input.interestReason, priorParticipation: input.priorParticipation };
    }
    const keepsPhoto = existing?.hasPhoto && input.keepPhoto;
    if (input.attendance === "ON_SITE" && !jpeg && !keepsPhoto) errors.photo = ["photoRequired"];
    if (input.visa) {
      visaProblems(input.visa, genevaToday(now), isoDay(edition.endDate), errors);
      if (input.attendance !== "ON_SITE") errors.visaRequested = ["visaOnSiteOnly"];
    }
    if (Object.keys(errors).length) throw new DomainError("VALIDATION", errors);

    const renewed = existing?.status === "CANCELLED";
    const previous = existing && !renewed ? existing.status : null;
    const facts = {
      givenNames: input.givenNames,
      familyName: input.familyName,
      organisationId: input.organisationId,
      invitationId: delegation.invitationId,
      countryCode: input.countryCode,
    };
    const status = statusAfterSave({ previous, route, accreditedFactsChanged: !!existing && changesAccreditation(existing, facts) });
    const accredited = status === "ACCREDITED";
    const data = {
      ...facts,
      honorific: input.honorific,
      jobTitle: input.jobTitle ?? null,
      stakeholderTypeCode: input.stakeholderTypeCode,
      gender: input.gender,
      attendance: input.attendance,
      accessibilityNeeds: input.accessibilityNeeds ?? null,
      ...(jpeg ? { photo: new Uint8Array(jpeg), photoUpdatedAt: now } : keepsPhoto ? {} : { photo: null, photoUpdatedAt: null }),
      privacyConsentAt: now,
      delegationMemberId: delegation.delegationMemberId,
      expressionOfInterest: interest ?? Prisma.DbNull,
      locale: args.locale,
      status,
      statusReason: status === previous ? undefined : null,
      badgeCode: accredited ? (existing?.badgeCode ?? newBadgeCode()) : null,
      accreditedAt: accredited ? (previous === "ACCREDITED" ? undefined : now) : null,
      // a decision is taken again when the status goes back to the queue
      ...(status === previous ? {} : { decidedAt: accredited ? now : null, decidedById: null }),
      cancelledAt: null,
    };
    const category = existing && !renewed ? undefined : initialCategory(route);
    const row = existing
      ? await tx.forumRegistration.update({
          where: { id: existing.id },
          data: { ...data, category, submittedAt: renewed ? now : undefined },
          select: { id: true },
        })
      : await tx.forumRegistration.create({
          data: { ...data, category, editionId: edition.id, userId: args.userId, submittedAt: now },
          select: { id: true },
        });

    await saveVisaRequest(tx, row.id, input.visa, args.userId);
    const entity = { type: "ForumRegistration" as const, id: row.id };
    await recordAuditEvent(tx, {
      actorId: args.userId,
      action: existing && !renewed ? "registration.updated" : "registration.submitted",
      entity,
      data: { route, status },
    });
    if (accredited && previous !== "ACCREDITED") {
      await recordAuditEvent(tx, { actorId: null, action: "registration.accredited", entity, data: { automatic: true } });
    }
    if (status !== previous) await enqueueRegistrationStatusMail(tx, row.id, status, now);
    return { id: row.id, status };
  });
}

/** Keeps the visa letter request in step with the form: created, changed (back to REQUESTED), or removed. */
async function saveVisaRequest(tx: Tx, registrationId: string, visa: VisaRequestInput | null, actorId: string) {
  const current = await tx.visaLetterRequest.findUnique({
    where: { registrationId },
    select: {
      id: true,
      status: true,
      nationality: true,
      passportNumber: true,
      passportExpiry: true,
      dateOfBirth: true,
      swissRepresentation: true,
      letterLanguage: true,
    },
  });
  if (!visa) {
    if (current) await tx.visaLetterRequest.delete({ where: { id: current.id } });
    return;
  }
  const fields = {
    nationality: visa.nationality,
    passportNumber: visa.passportNumber,
    passportExpiry: new Date(`${visa.passportExpiry}T00:00:00Z`),
    dateOfBirth: new Date(`${visa.dateOfBirth}T00:00:00Z`),
    swissRepresentation: visa.swissRepresentation,
    letterLanguage: visa.letterLanguage,
  };
  if (!current) {
    const created = await tx.visaLetterRequest.create({ data: { ...fields, registrationId }, select: { id: true } });
    await recordAuditEvent(tx, { actorId, action: "visa_letter.requested", entity: { type: "VisaLetterRequest", id: created.id } });
    return;
  }
  const same =
    current.nationality === fields.nationality &&
    current.passportNumber === fields.passportNumber &&
    current.passportExpiry?.getTime() === fields.passportExpiry.getTime() &&
    current.dateOfBirth?.getTime() === fields.dateOfBirth.getTime() &&
    current.swissRepresentation === fields.swissRepresentation &&
    current.letterLanguage === fields.letterLanguage;
  if (same) return;
  // changed passport data must be looked at again before a (new) letter
  await tx.visaLetterRequest.update({
    where: { id: current.id },
    data: { ...fields, status: "REQUESTED", approvedAt: null, decidedById: null, statusReason: null, erasedAt: null },
  });
  await recordAuditEvent(tx, { actorId, action: "visa_letter.requested", entity: { type: "VisaLetterRequest", id: current.id }, data: { changed: true } });
}

/** Cancels the user's registration until the deadline (the badge code dies with it). */
export async function cancelRegistration(args: { userId: string; year: number; now: Date }): Promise<void> {
  await transaction(async (tx) => {
    const edition = await editionByYear(tx, args.year);
    const existing = await lockOwnRegistration(tx, args.userId, edition.id);
    if (!existing) throw new DomainError("NOT_FOUND");
    assertWindowOpen(await loadWindow(tx, { editionId: edition.id, kind: "FORUM_REGISTRATION" }, await partyOf(tx, args.userId)), args.now);
    if (!isCancellableStatus(existing.status)) throw new DomainError("INVALID_STATE");
    await tx.forumRegistration.update({
      where: { id: existing.id },
      data: { status: "CANCELLED", cancelledAt: args.now, badgeCode: null, statusReason: null },
    });
    await recordAuditEvent(tx, { actorId: args.userId, action: "registration.cancelled", entity: { type: "ForumRegistration", id: existing.id } });
    await enqueueRegistrationStatusMail(tx, existing.id, "CANCELLED", args.now);
  });
}

// ---------------------------------------------------------------- decisions

export type RegistrationDecision =
  { kind: "accredit"; category?: BadgeCategory } | { kind: "reject"; reason: string } | { kind: "request_info"; reason: string };

/**
 * Takes one decision on a pending registration, in the caller's transaction: the row is locked,
 * its status must still allow a decision (INVALID_STATE otherwise: someone decided first), and
 * the change, its audit entry and the participant's mail are written together. Callers check who
 * may decide (the secretariat for its queue; a focal point for their own delegation only).
 */
export async function applyRegistrationDecision(
  tx: Tx,
  args: { actorId: string; registrationId: string; decision: RegistrationDecision; now: Date; via?: "secretariat" | "focal_point" | "bulk" },
) {
  const current = await lockRegistration(tx, args.registrationId);
  if (!isDecidable(current.status)) throw new DomainError("INVALID_STATE");
  const { decision, now } = args;
  const status: ForumRegistrationStatus = decision.kind === "accredit" ? "ACCREDITED" : decision.kind === "reject" ? "REJECTED" : "INFO_REQUESTED";
  await tx.forumRegistration.update({
    where: { id: current.id },
    data: {
      status,
      statusReason: decision.kind === "accredit" ? null : decision.reason,
      category: decision.kind === "accredit" ? (decision.category ?? current.category) : undefined,
      badgeCode: status === "ACCREDITED" ? (current.badgeCode ?? newBadgeCode()) : null,
      accreditedAt: status === "ACCREDITED" ? now : null,
      decidedAt: now,
      decidedById: args.actorId,
    },
  });
  const action =
    decision.kind === "accredit" ? "registration.accredited" : decision.kind === "reject" ? "registration.rejected" : "registration.info_requested";
  await recordAuditEvent(tx, {
    actorId: args.actorId,
    action,
    entity: { type: "ForumRegistration", id: current.id },
    data: {
      via: args.via ?? "secretariat",
      ...(decision.kind === "accredit" ? { category: decision.category ?? current.category } : { reason: decision.reason }),
    },
  });
  await enqueueRegistrationStatusMail(tx, current.id, status, now);
  return { id: current.id, status };
}

/** The secretariat's decision on one registration of its queue. */
export async function decideRegistration(secretariat: Secretariat, args: { registrationId: string; decision: RegistrationDecision; now: Date }) {
  return transaction((tx) => applyRegistrationDecision(tx, { actorId: secretariat.id, ...args, via: "secretariat" }));
}

/**
 * Accredits the chosen registrations together (after the secretariat confirmed), in one
 * transaction; those someone decided meanwhile are skipped and counted.
 */
export async function bulkAccredit(secretariat: Secretariat, args: { ids: string[]; now: Date }): Promise<{ accredited: number; skipped: number }> {
  return transaction(async (tx) => {
    let accredited = 0;
    let skipped = 0;
    for (const id of [...new Set(args.ids)].sort()) {
      const row = await tx.forumRegistration.findUnique({ where: { id }, select: { status: true } });
      if (!row || !isDecidable(row.status)) {
        skipped++;
        continue;
      }
      await applyRegistrationDecision(tx, { actorId: secretariat.id, registrationId: id, decision: { kind: "accredit" }, now: args.now, via: "bulk" });
      accredited++;
    }
    return { accredited, skipped };
  });
}
