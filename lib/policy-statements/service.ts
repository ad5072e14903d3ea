import "server-only";
import { DomainError, isUniqueViolation } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import { campaignDeadlinesSelect, invitationDeadlinesSelect } from "@/lib/deadlines/queries";
import { db, type Tx } from "@/lib/db";
import { canViewInvitation, isStatementOpen, statementClosesAt } from "@/lib/invitations/policy";
import { assertSecretariat, lockInvitation, LOCKING_TRANSACTION, type Actor } from "@/lib/invitations/service/common";
import { assertFileQuota } from "@/lib/uploads/quota";
import { enqueueStatementMail } from "./emails";
import type { CheckedPdf } from "./pdf";
import { canDelegateEdit, canMarkStatement, canPublishStatement } from "./policy";
import type { RequestStatementInput } from "./schemas";

/**
 * The invitation a statement belongs to, locked, after the shared checks: its addressee only
 * (NOT_FOUND), participation confirmed (INVALID_STATE), before the statement deadline
 * (DEADLINE_PASSED), and the statement not yet delivered or withdrawn (INVALID_STATE).
 */
async function statementInvitation(tx: Tx, actor: Actor, invitationId: string, now: Date) {
  if (!(await lockInvitation(tx, invitationId))) throw new DomainError("NOT_FOUND");
  const inv = await tx.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: {
      id: true,
      email: true,
      language: true,
      status: true,
      editionId: true,
      memberState: { select: { name: true } },
      memberStateCode: true,
      ...invitationDeadlinesSelect,
      campaign: { select: campaignDeadlinesSelect },
      policyStatement: {
        select: { id: true, status: true, fileId: true, text: true, speakerName: true, speakerTitle: true, protocolCategory: true, language: true },
      },
    },
  });
  if (!canViewInvitation(inv, actor.email)) throw new DomainError("NOT_FOUND");
  if (inv.status !== "CONFIRMED") throw new DomainError("INVALID_STATE");
  if (!isStatementOpen(inv, now)) throw new DomainError("DEADLINE_PASSED");
  if (inv.policyStatement && !canDelegateEdit(inv.policyStatement.status)) throw new DomainError("INVALID_STATE");
  return inv;
}

type StatementInvitation = Awaited<ReturnType<typeof statementInvitation>>;

const mailFacts = (inv: StatementInvitation, speaker: { speakerName: string; speakerTitle: string }) => ({
  invitationId: inv.id,
  email: inv.email,
  language: inv.language,
  memberStateCode: inv.memberStateCode,
  memberStateName: inv.memberState.name,
  speakerName: speaker.speakerName,
  speakerTitle: speaker.speakerTitle,
  closesAt: statementClosesAt(inv),
});

/**
 * Why a State's second invitation in an edition cannot request a statement: the one it holds
 * through another letter, named by that letter's symbol (the page links it when the user is its
 * addressee too).
 */
async function heldElsewhere(client: Pick<Tx, "policyStatement">, inv: { id: string; editionId: string; memberStateCode: string }) {
  const other = await client.policyStatement.findUnique({
    where: { editionId_memberStateCode: { editionId: inv.editionId, memberStateCode: inv.memberStateCode } },
    select: { invitationId: true, invitation: { select: { campaign: { select: { symbol: true } } } } },
  });
  if (!other || other.invitationId === inv.id) return null;
  const symbol = other.invitation?.campaign.symbol;
  return new DomainError("CONFLICT", undefined, symbol ? { key: "statementHeldElsewhere", values: { symbol } } : "statementHeldBySecretariat");
}

/** Requests (or updates the request for) a policy statement slot for the invitation's Member State. */
export async function requestStatement(actor: Actor, invitationId: string, input: RequestStatementInput, now: Date) {
  try {
    return await db.$transaction(async (tx) => {
      const inv = await statementInvitation(tx, actor, invitationId, now);
      const held = inv.policyStatement;
      if (held) {
        const same =
          held.speakerName === input.speakerName &&
          held.speakerTitle === input.speakerTitle &&
          held.protocolCategory === input.protocolCategory &&
          held.language === input.language;
        if (same) return { id: held.id };
        await tx.policyStatement.update({ where: { id: held.id }, data: input });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "policy_statement.request_changed",
          entity: { type: "PolicyStatement", id: held.id },
          data: { invitationId },
        });
        await enqueueStatementMail(tx, "requested", mailFacts(inv, input));
        return { id: held.id };
      }
      const conflict = await heldElsewhere(tx, inv);
      if (conflict) throw conflict;
      const created = await tx.policyStatement.create({
        data: { ...input, editionId: inv.editionId, memberStateCode: inv.memberStateCode, invitationId: inv.id, requestedById: actor.id, requestedAt: now },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "policy_statement.requested",
        entity: { type: "PolicyStatement", id: created.id },
        data: { invitationId },
      });
      await enqueueStatementMail(tx, "requested", mailFacts(inv, input));
      return created;
    }, LOCKING_TRANSACTION);
  } catch (error) {
    // another invitation of the same Member State in this edition took the slot meanwhile
    if (isUniqueViolation(error)) {
      const inv = await db.invitation.findUnique({ where: { id: invitationId }, select: { id: true, editionId: true, memberStateCode: true } });
      throw (inv && (await heldElsewhere(db, inv))) ?? new DomainError("CONFLICT");
    }
    throw error;
  }
}

/**
 * Saves the statement: its text, and/or a checked PDF (which replaces the previous one). A
 * statement needs one of the two. The first save moves it from REQUESTED to SUBMITTED.
 */
export async function submitStatement(actor: Actor, invitationId: string, input: { text: string; pdf?: CheckedPdf; removeFile?: boolean }, now: Date) {
  return db.$transaction(async (tx) => {
    const inv = await statementInvitation(tx, actor, invitationId, now);
    const statement = inv.policyStatement;
    if (!statement) throw new DomainError("INVALID_STATE");
    const keepsFile = !!statement.fileId && !input.removeFile && !input.pdf;
    if (!input.text && !input.pdf && !keepsFile) throw new DomainError("VALIDATION", { text: ["textOrFile"] });
    // the same statement saved again (a double click, a second tab): nothing changes, no mail
    if (statement.status !== "REQUESTED" && keepsFile === !!statement.fileId && !input.pdf && (input.text || null) === statement.text)
      return { id: statement.id };

    let fileId = keepsFile ? statement.fileId : null;
    if (input.pdf) await assertFileQuota(tx, actor.id, input.pdf.size, { field: "file", replacing: statement.fileId });
    if (input.pdf) fileId = (await tx.storedFile.create({ data: { ...input.pdf, ownerId: actor.id }, select: { id: true } })).id;
    await tx.policyStatement.update({
      where: { id: statement.id },
      data: { text: input.text || null, fileId, submittedAt: now, status: statement.status === "REQUESTED" ? "SUBMITTED" : statement.status },
    });
    // the replaced file is no one's any more
    if (statement.fileId && statement.fileId !== fileId) await tx.storedFile.delete({ where: { id: statement.fileId } });
    if (statement.status === "REQUESTED") {
      await recordAuditEvent(tx, { actorId: actor.id, action: "policy_statement.submitted", entity: { type: "PolicyStatement", id: statement.id } });
    }
    await enqueueStatementMail(tx, "submitted", mailFacts(inv, statement));
    return { id: statement.id };
  }, LOCKING_TRANSACTION);
}

/** The secretariat marks a statement scheduled or delivered (audited). */
export async function markStatement(actor: Actor, statementId: string, to: "SCHEDULED" | "DELIVERED") {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const s = await tx.policyStatement.findUnique({ where: { id: statementId }, select: { id: true, status: true } });
    if (!s) throw new DomainError("NOT_FOUND");
    if (!canMarkStatement(s.status, to)) throw new DomainError("INVALID_STATE");
    const { count } = await tx.policyStatement.updateMany({ where: { id: s.id, status: s.status }, data: { status: to } });
    if (count !== 1) throw new DomainError("CONFLICT");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: to === "SCHEDULED" ? "policy_statement.scheduled" : "policy_statement.delivered",
      entity: { type: "PolicyStatement", id: s.id },
      data: { from: s.status },
    });
  });
}

/** Publishes a statement on the public policy-statements page (audited, once). */
export async function publishStatement(actor: Actor, statementId: string, now: Date) {
  assertSecretariat(actor);
  await db.$transaction(async (tx) => {
    const s = await tx.policyStatement.findUnique({
      where: { id: statementId },
      select: { id: true, status: true, text: true, fileId: true, publishedAt: true },
    });
    if (!s) throw new DomainError("NOT_FOUND");
    if (!canPublishStatement({ ...s, hasContent: !!s.text || !!s.fileId })) throw new DomainError("INVALID_STATE");
    const { count } = await tx.policyStatement.updateMany({ where: { id: s.id, publishedAt: null }, data: { publishedAt: now } });
    if (count !== 1) throw new DomainError("CONFLICT");
    await recordAuditEvent(tx, { actorId: actor.id, action: "policy_statement.published", entity: { type: "PolicyStatement", id: s.id } });
  });
}
