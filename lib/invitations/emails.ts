import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { env } from "@/lib/env";
import type { ConfirmationDecision, Gender, Attendance } from "@/lib/generated/prisma/enums";
import { localizeText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { stateForm } from "@/lib/reference/member-state-grammar";
import { formatDeadline } from "@/lib/time/format";

export interface InvitationMailFacts {
  id: string;
  email: string;
  language: Locale;
  addresseeName: string;
  addresseeTitle: string;
  memberStateCode: string;
  memberStateName: unknown;
  campaign: { symbol: string; subject: unknown };
  closesAt: Date;
}

/** The invitation letter's mail, in the addressee's language, with the personal link. */
export async function enqueueInvitationMail(tx: Tx, inv: InvitationMailFacts, token: string, tokenHash: string) {
  const t = await mailTranslator(inv.language);
  const url = `${env().APP_URL}/${inv.language}/invitation/${token}`;
  const values = {
    symbol: inv.campaign.symbol,
    subject: localizeText(inv.campaign.subject, inv.language),
    name: inv.addresseeName,
    title: inv.addresseeTitle,
    memberState: localizeText(inv.memberStateName, inv.language),
    stateForm: stateForm(inv.memberStateCode, inv.language),
    deadline: formatDeadline(inv.closesAt, inv.language).text,
    email: inv.email,
    url,
  };
  const text = t("InvitationMail.invitation.body", values);
  await enqueueMail(tx, {
    to: inv.email,
    language: inv.language,
    template: "invitation",
    subject: t("InvitationMail.invitation.subject", values),
    text,
    html: htmlFromText(text, inv.language),
    // one mail per link: a repeated send of the same token is ignored
    dedupeKey: `invitation:${tokenHash}`,
  });
}

export interface AnswerMailFacts {
  invitationId: string;
  confirmationId: string;
  email: string;
  language: Locale;
  reference: string;
  decision: ConfirmationDecision;
  memberStateCode: string;
  memberStateName: unknown;
  campaign: { symbol: string; subject: unknown };
  members: { name: string; title: string; gender: Gender; attendance: Attendance; isHead: boolean }[];
  declineReason: string | null;
  /** the answer may be changed until then (the date is in the mail) */
  closesAt: Date;
  /** set when a submitted delegation was changed: the mail lists the new delegation */
  update: Date | null;
}

/**
 * The receipt of an answer, in the invitation's language, and the receipt of each later change of
 * the delegation. The dedupe key makes it one mail per answer (and per change), however many
 * times (or tabs) the same answer is submitted.
 */
export async function enqueueAnswerMail(tx: Tx, a: AnswerMailFacts) {
  const t = await mailTranslator(a.language);
  const receiptUrl = `${env().APP_URL}/${a.language}/invitations/${a.invitationId}/receipt`;
  const members = a.members
    .map((m) =>
      t("InvitationMail.memberLine", {
        name: m.name,
        title: m.title,
        gender: t(`Enum.Gender.${m.gender}`),
        attendance: t(`Enum.Attendance.${m.attendance}`),
        head: m.isHead ? "yes" : "no",
      }),
    )
    .join("\n");
  const values = {
    reference: a.reference,
    symbol: a.campaign.symbol,
    subject: localizeText(a.campaign.subject, a.language),
    memberState: localizeText(a.memberStateName, a.language),
    stateForm: stateForm(a.memberStateCode, a.language),
    count: a.members.length,
    members,
    reason: a.declineReason ?? "",
    deadline: formatDeadline(a.closesAt, a.language).text,
    url: receiptUrl,
  };
  const kind = a.update ? "updated" : a.decision === "ATTENDING" ? "confirmed" : "declined";
  const text = t(`InvitationMail.${kind}.body`, values);
  await enqueueMail(tx, {
    to: a.email,
    language: a.language,
    template: `invitation-${kind}`,
    subject: t(`InvitationMail.${kind}.subject`, values),
    text,
    html: htmlFromText(text, a.language),
    dedupeKey: a.update ? `confirmation:${a.confirmationId}:updated:${a.update.toISOString()}` : `confirmation:${a.confirmationId}:${a.decision}`,
  });
}
