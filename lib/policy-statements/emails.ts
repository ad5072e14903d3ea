import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/outbox";
import { htmlFromText, mailTranslator } from "@/lib/email/render";
import { env } from "@/lib/env";
import { localizeText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { stateForm } from "@/lib/reference/member-state-grammar";
import { formatDeadline } from "@/lib/time/format";

export interface StatementMailFacts {
  invitationId: string;
  email: string;
  language: Locale;
  memberStateCode: string;
  memberStateName: unknown;
  speakerName: string;
  speakerTitle: string;
  /** the request and the statement may be changed until then (the date is in the mail) */
  closesAt: Date;
}

/**
 * The receipt of a policy-statement request or of the statement itself, to the invitation's
 * address in the invitation's language, with the statement deadline and the page's link.
 */
export async function enqueueStatementMail(tx: Tx, kind: "requested" | "submitted", s: StatementMailFacts) {
  const t = await mailTranslator(s.language);
  const values = {
    memberState: localizeText(s.memberStateName, s.language),
    stateForm: stateForm(s.memberStateCode, s.language),
    name: s.speakerName,
    title: s.speakerTitle,
    deadline: formatDeadline(s.closesAt, s.language).text,
    url: `${env().APP_URL}/${s.language}/invitations/${s.invitationId}/policy-statement`,
  };
  const text = t(`PolicyStatementMail.${kind}.body`, values);
  await enqueueMail(tx, {
    to: s.email,
    language: s.language,
    template: `policy-statement-${kind}`,
    subject: t(`PolicyStatementMail.${kind}.subject`, values),
    text,
    html: htmlFromText(text, s.language),
  });
}
