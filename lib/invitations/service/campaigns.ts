import "server-only";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { calendarDay, endOfGenevaDay } from "@/lib/time/geneva";
import { checkAddresseeCsv, type CsvCheck } from "../csv-import";
import type { AddresseeInput, CreateCampaignInput } from "../schemas";
import { assertSecretariat, type Actor } from "./common";

/**
 * Creates a campaign (audited). A second campaign with the same symbol in the edition: CONFLICT.
 * A reply-by date already passed (a letter recorded after the fact) needs `confirmPastDeadline`,
 * given after the form's warning: otherwise nobody could reply to it.
 */
export async function createCampaign(actor: Actor, input: Omit<CreateCampaignInput, "confirmPastDeadline"> & { confirmPastDeadline?: boolean }, now: Date) {
  assertSecretariat(actor);
  const { letterDate: l, responseDeadline: r, statementDeadline: s } = input;
  const responseDeadline = endOfGenevaDay(r.year, r.month, r.day);
  const statementDeadline = s ? endOfGenevaDay(s.year, s.month, s.day) : null;
  if (statementDeadline && statementDeadline < responseDeadline) {
    throw new DomainError("VALIDATION", { statementDeadline: ["statementBeforeResponse"] });
  }
  if (responseDeadline <= now && !input.confirmPastDeadline) {
    throw new DomainError("VALIDATION", { confirmPastDeadline: ["responseDeadlinePassed"] }, "responseDeadlinePassed");
  }
  try {
    return await db.$transaction(async (tx) => {
      const edition = await tx.forumEdition.findUnique({ where: { id: input.editionId }, select: { id: true } });
      if (!edition) throw new DomainError("VALIDATION", { editionId: ["choice"] });
      const campaign = await tx.invitationCampaign.create({
        data: {
          editionId: edition.id,
          symbol: input.symbol,
          letterDate: calendarDay(l.year, l.month, l.day),
          subject: input.subject,
          createdById: actor.id,
          // the letter's deadlines are rows of the deadlines domain, which the answers and statements enforce
          deadlines: {
            create: [
              { editionId: edition.id, kind: "INVITATION_RESPONSE", closesAt: responseDeadline },
              ...(statementDeadline ? [{ editionId: edition.id, kind: "POLICY_STATEMENT" as const, closesAt: statementDeadline }] : []),
            ],
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "campaign.created",
        entity: { type: "InvitationCampaign", id: campaign.id },
        data: { symbol: input.symbol, responseDeadline: responseDeadline.toISOString() },
      });
      return campaign;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", { symbol: ["symbolTaken"] });
    throw error;
  }
}

async function campaignForImport(tx: Pick<Tx, "invitationCampaign">, campaignId: string) {
  const campaign = await tx.invitationCampaign.findUnique({ where: { id: campaignId }, select: { id: true, editionId: true } });
  if (!campaign) throw new DomainError("NOT_FOUND");
  return campaign;
}

/**
 * What the CSV check needs to know: the Member States, who this campaign already invites, and
 * which States the edition's other campaigns invite (inviting a State twice is warned about).
 */
export async function csvContext(tx: Pick<Tx, "memberState" | "invitation" | "invitationCampaign">, campaignId: string) {
  // one after the other: a transaction's connection runs one query at a time
  const states = await tx.memberState.findMany({ select: { code: true, alpha3: true } });
  const invited = await tx.invitation.findMany({ where: { campaignId }, select: { memberStateCode: true, email: true } });
  const campaign = await tx.invitationCampaign.findUnique({ where: { id: campaignId }, select: { editionId: true } });
  const elsewhere = campaign
    ? await tx.invitation.findMany({
        where: { editionId: campaign.editionId, campaignId: { not: campaignId }, status: { not: "REVOKED" } },
        orderBy: { campaign: { symbol: "asc" } },
        select: { memberStateCode: true, campaign: { select: { symbol: true } } },
      })
    : [];
  const invitedElsewhere: Record<string, string[]> = {};
  for (const e of elsewhere) (invitedElsewhere[e.memberStateCode] ??= []).push(e.campaign.symbol);
  const memberStates = new Map<string, string>();
  for (const s of states) {
    memberStates.set(s.code, s.code);
    memberStates.set(s.alpha3, s.code);
  }
  return {
    memberStates,
    alreadyInvited: new Set(invited.map((i) => i.memberStateCode)),
    invitedEmails: new Set(invited.map((i) => i.email.toLowerCase())),
    invitedElsewhere,
  };
}

/** The preview of an import: every row checked, nothing written. */
export async function previewAddresseeCsv(actor: Actor, campaignId: string, csv: string): Promise<CsvCheck> {
  assertSecretariat(actor);
  await campaignForImport(db, campaignId);
  return checkAddresseeCsv(csv, await csvContext(db, campaignId));
}

/**
 * Imports the good rows of a CSV in one transaction, after checking them again there (the
 * campaign may have changed since the preview). Bad rows are left out and returned; if the file
 * as a whole is unusable, or a row races another import, nothing is written.
 */
export async function importAddresseeCsv(actor: Actor, campaignId: string, csv: string) {
  assertSecretariat(actor);
  try {
    return await db.$transaction(async (tx) => {
      const campaign = await campaignForImport(tx, campaignId);
      const check = checkAddresseeCsv(csv, await csvContext(tx, campaignId));
      if (check.fileErrors.length > 0 || check.valid.length === 0)
        throw new DomainError("VALIDATION", { csv: check.fileErrors.length ? check.fileErrors : ["csvNoValidRows"] });
      await tx.invitation.createMany({ data: check.valid.map((a) => invitationData(campaign, a)) });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "campaign.addressees_imported",
        entity: { type: "InvitationCampaign", id: campaign.id },
        data: { imported: check.valid.map((a) => a.country), rejectedRows: check.rows.filter((r) => !r.value).map((r) => r.row) },
      });
      return { imported: check.valid.length, rejected: check.rows.filter((r) => !r.value) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT");
    throw error;
  }
}

const invitationData = (campaign: { id: string; editionId: string }, a: AddresseeInput) => ({
  campaignId: campaign.id,
  editionId: campaign.editionId,
  memberStateCode: a.country,
  addresseeName: a.name,
  addresseeTitle: a.title,
  email: a.email,
  language: a.language,
});

/**
 * Adds one addressee (audited); the Member State must exist and not be invited yet in this
 * campaign. A State another campaign of the edition already invites is added only once
 * `confirmOtherCampaign` is given, after a warning naming that campaign.
 */
export async function addAddressee(actor: Actor, campaignId: string, input: AddresseeInput & { confirmOtherCampaign?: boolean }) {
  assertSecretariat(actor);
  try {
    return await db.$transaction(async (tx) => {
      const campaign = await campaignForImport(tx, campaignId);
      const context = await csvContext(tx, campaignId);
      const code = context.memberStates.get(input.country);
      if (!code) throw new DomainError("VALIDATION", { country: ["unknownCountry"] });
      if (context.alreadyInvited.has(code)) throw new DomainError("CONFLICT", { country: ["alreadyInvited"] });
      if (context.invitedEmails.has(input.email)) throw new DomainError("CONFLICT", { email: ["emailAlreadyInvited"] });
      const elsewhere = context.invitedElsewhere[code];
      if (elsewhere?.length && !input.confirmOtherCampaign) {
        const warning = { key: "alsoInvitedIn", values: { symbols: elsewhere.join(", ") } };
        throw new DomainError("VALIDATION", { confirmOtherCampaign: [warning] }, warning);
      }
      const invitation = await tx.invitation.create({ data: invitationData(campaign, { ...input, country: code }), select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "invitation.created",
        entity: { type: "Invitation", id: invitation.id },
        data: { campaignId, memberStateCode: code, email: input.email },
      });
      return invitation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", { country: ["alreadyInvited"] });
    throw error;
  }
}
