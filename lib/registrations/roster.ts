import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { env } from "@/lib/env";
import { registrationHref } from "@/lib/forums/links";
import type { Attendance, ForumRegistrationStatus, Gender } from "@/lib/generated/prisma/enums";
import { localizeText } from "@/lib/i18n/localized";
import { stateForm } from "@/lib/reference/member-state-grammar";
import { getDelegationMemberPrefill } from "./queries";

// The confirmed roster of a Member State's delegation and the members' own registrations kept in
// step: each member named with an address is mailed (once per edition and address, whatever the
// number of later edits) an invitation to complete their registration, which the form pre-fills
// from the roster and links to the delegation, so that it waits for the State's focal point; the
// roster shows who has registered. Delegation members are rewritten on every save of the
// delegation, so registrations are matched (and linked again) by the member's address.

const normal = (email: string) => email.trim().toLowerCase();
const dedupeKeyOf = (editionId: string, email: string) => `registration-invitation:${editionId}:${normal(email)}`;

/**
 * After a delegation is confirmed or changed (in the same transaction): links the members'
 * existing registrations to their new roster rows, and mails every member with an address who
 * has no registration yet the invitation to register. The outbox's dedupe key makes it one mail
 * per edition and address; each new mail is audited (`registration.invited`).
 */
export async function syncRosterRegistrations(tx: Tx, invitationId: string, now: Date) {
  const inv = await tx.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: {
      id: true,
      editionId: true,
      language: true,
      memberStateCode: true,
      memberState: { select: { name: true } },
      edition: { select: { year: true, title: true } },
      confirmation: {
        select: { decision: true, state: true, members: { orderBy: { position: "asc" }, select: { id: true, name: true, title: true, email: true } } },
      },
    },
  });
  if (inv.confirmation?.decision !== "ATTENDING" || inv.confirmation.state !== "SUBMITTED") return;
  const members = inv.confirmation.members.filter((m): m is typeof m & { email: string } => !!m.email);
  if (members.length === 0) return;
  const registrations = await tx.forumRegistration.findMany({
    where: { editionId: inv.editionId, user: { email: { in: members.map((m) => normal(m.email)), mode: "insensitive" } } },
    select: { id: true, invitationId: true, delegationMemberId: true, user: { select: { email: true } } },
  });
  const registered = new Map(registrations.map((r) => [normal(r.user.email), r]));
  const t = await mailTranslator(inv.language);
  for (const member of members) {
    const dedupeKey = dedupeKeyOf(inv.editionId, member.email);
    const registration = registered.get(normal(member.email));
    if (registration) {
      // a registration of this delegation (or of none yet) follows the member to the new roster row
      if ((registration.invitationId === null || registration.invitationId === inv.id) && registration.delegationMemberId !== member.id) {
        await tx.forumRegistration.update({ where: { id: registration.id }, data: { invitationId: inv.id, delegationMemberId: member.id } });
      }
      const mailed = await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { createdAt: true } });
      if (mailed) await tx.delegationMember.update({ where: { id: member.id }, data: { registrationInvitedAt: mailed.createdAt } });
      continue;
    }
    const values = {
      name: member.name,
      title: member.title,
      memberState: localizeText(inv.memberState.name, inv.language),
      stateForm: stateForm(inv.memberStateCode, inv.language),
      edition: localizeText(inv.edition.title, inv.language),
      email: member.email,
      // the form pre-fills from this roster row (and, should the row be rewritten meanwhile, from the address)
      url: `${env().APP_URL}/${inv.language}${registrationHref(inv.edition.year)}?member=${member.id}`,
    };
    const text = t("RosterMail.invitation.body", values);
    const mailId = await enqueueMail(tx, {
      to: normal(member.email),
      language: inv.language,
      template: "registration-invitation",
      subject: t("RosterMail.invitation.subject", values),
      text,
      html: htmlFromText(text, inv.language),
      dedupeKey,
    });
    // the first mail's time, also when an earlier save of the delegation already sent it
    const first = mailId ? now : ((await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { createdAt: true } }))?.createdAt ?? now);
    await tx.delegationMember.update({ where: { id: member.id }, data: { registrationInvitedAt: first } });
    if (mailId) {
      await recordAuditEvent(tx, {
        actorId: null,
        action: "registration.invited",
        entity: { type: "DelegationMember", id: member.id },
        data: { invitation: inv.id, to: normal(member.email) },
      });
    }
  }
}

/** What the registration form pre-fills for a member of a confirmed delegation, signed in with the member's address. */
export interface DelegationSeat {
  invitationId: string;
  delegationMemberId: string;
  memberStateCode: string;
  givenNames: string;
  familyName: string;
  jobTitle: string;
  gender: Gender;
  attendance: Attendance;
}

/** "Amina Diallo" -> given "Amina", family "Diallo" (the participant corrects it to the passport). */
export function splitName(name: string): { givenNames: string; familyName: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { givenNames: parts[0] ?? "", familyName: "" };
  return { givenNames: parts.slice(0, -1).join(" "), familyName: parts[parts.length - 1]! };
}

/**
 * The delegation seat of a signed-in user for an edition: a member named with their address on
 * a confirmed delegation (the first, should two States name the same person), else null.
 */
export async function findDelegationSeat(email: string, editionId: string, client: Tx | typeof db = db): Promise<DelegationSeat | null> {
  const member = await client.delegationMember.findFirst({
    where: {
      email: { equals: normal(email), mode: "insensitive" },
      confirmation: { decision: "ATTENDING", state: "SUBMITTED", invitation: { editionId, status: "CONFIRMED" } },
    },
    orderBy: { confirmation: { submittedAt: "asc" } },
    select: {
      id: true,
      name: true,
      title: true,
      gender: true,
      attendance: true,
      confirmation: { select: { invitation: { select: { id: true, memberStateCode: true } } } },
    },
  });
  if (!member) return null;
  return {
    invitationId: member.confirmation.invitation.id,
    delegationMemberId: member.id,
    memberStateCode: member.confirmation.invitation.memberStateCode,
    ...splitName(member.name),
    jobTitle: member.title,
    gender: member.gender,
    attendance: member.attendance,
  };
}

/**
 * What the registration form pre-fills from: the mailed `?member=<id>` while it is still the
 * signed-in user's row, else the user's seat on a confirmed delegation found by address (every
 * save of a delegation rewrites its rows, so a mailed id can be stale). Null: nothing to pre-fill.
 */
export async function findRosterPrefill(memberParam: string | null, userEmail: string, editionId: string) {
  const byId = memberParam ? await getDelegationMemberPrefill(memberParam, userEmail, editionId) : null;
  if (byId) return byId;
  const seat = await findDelegationSeat(userEmail, editionId);
  if (!seat) return null;
  return {
    id: seat.delegationMemberId,
    name: `${seat.givenNames} ${seat.familyName}`.trim(),
    gender: seat.gender,
    attendance: seat.attendance,
    memberStateCode: seat.memberStateCode,
  };
}

export interface RosterLine {
  memberId: string;
  name: string;
  title: string;
  isHead: boolean;
  email: string | null;
  invitedAt: Date | null;
  registration: { id: string; status: ForumRegistrationStatus } | null;
}

/**
 * The confirmed delegation of an invitation, member by member, with each one's registration for
 * the edition (linked to the roster row, or made with the member's address), for the focal point
 * and the secretariat.
 */
export async function getDelegationRoster(invitationId: string, client: Tx | typeof db = db): Promise<RosterLine[]> {
  const inv = await client.invitation.findUnique({
    where: { id: invitationId },
    select: {
      editionId: true,
      confirmation: {
        select: {
          decision: true,
          state: true,
          members: { orderBy: { position: "asc" }, select: { id: true, name: true, title: true, isHead: true, email: true, registrationInvitedAt: true } },
        },
      },
    },
  });
  if (!inv?.confirmation || inv.confirmation.decision !== "ATTENDING" || inv.confirmation.state !== "SUBMITTED") return [];
  const members = inv.confirmation.members;
  const emails = members.flatMap((m) => (m.email ? [normal(m.email)] : []));
  const registrations = await client.forumRegistration.findMany({
    where: {
      editionId: inv.editionId,
      OR: [{ delegationMemberId: { in: members.map((m) => m.id) } }, { user: { email: { in: emails, mode: "insensitive" } } }],
    },
    select: { id: true, status: true, delegationMemberId: true, user: { select: { email: true } } },
  });
  return members.map((m) => {
    const r =
      registrations.find((x) => x.delegationMemberId === m.id) ?? (m.email ? registrations.find((x) => normal(x.user.email) === normal(m.email!)) : undefined);
    return {
      memberId: m.id,
      name: m.name,
      title: m.title,
      isHead: m.isHead,
      email: m.email,
      invitedAt: m.registrationInvitedAt,
      registration: r ? { id: r.id, status: r.status } : null,
    };
  });
}
