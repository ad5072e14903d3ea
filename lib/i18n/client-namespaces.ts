// Which message namespaces the browser needs: those read with the useTranslations hook anywhere in
// app/, components/ and lib/ (a superset of client components). Only these are sent to the
// browser; every other message stays on the server, so pages do not carry the whole catalogue.
// tests/unit/i18n/client-namespaces.test.ts fails when this list and the code disagree.
export const clientNamespaces = [
  "AccreditationQueue",
  "ConsultationAdmin",
  "ConsultationValidation",
  "Enum",
  "ErrorPage",
  "Form",
  "InvitationAdmin",
  "InvitationAttendance",
  "InvitationGender",
  "InvitationRespond",
  "InvitationValidation",
  "Meetings",
  "Nav",
  "NominationForm",
  "PolicyStatementForm",
  "Profile",
  "Registration",
  "SecondFactor",
  "SignIn",
  "SubmissionForm",
  "SubmissionPage",
  "WorkshopForm",
] as const;

/** The part of a message catalogue the browser needs. */
export function pickClientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(clientNamespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
