// Which message namespaces the browser may need: those read with the useTranslations hook anywhere
// in app/, components/ and lib/ (a superset of client components). A page sends the browser only
// the shell's namespaces (the layout) and those its own client components read (<ClientMessages>
// around them, components/i18n/client-messages.tsx); every other message stays on the server.
// tests/unit/i18n/client-namespaces.test.ts fails when this list and the code disagree, and when a
// page's client components read a namespace the page does not send.
export const clientNamespaces = [
  "AccreditationQueue",
  "ConsultationAdmin",
  "ConsultationValidation",
  "Enum",
  "ErrorPage",
  "Form",
  "InvitationAdmin",
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

export type ClientNamespace = (typeof clientNamespaces)[number];

/**
 * What every page sends (app/[locale]/layout.tsx): the header's user menu, the error page and the
 * form kit's own words. Pages add what their client components read, which is why a page without
 * forms carries a few hundred bytes of messages instead of the ~38 KB of every namespace.
 */
export const shellNamespaces = ["Nav", "ErrorPage", "Form"] as const satisfies readonly ClientNamespace[];

/** The part of a message catalogue the browser needs: the shell's namespaces and `namespaces`. */
export function pickClientMessages(messages: Record<string, unknown>, namespaces: readonly ClientNamespace[] = []): Record<string, unknown> {
  const wanted = new Set<string>([...shellNamespaces, ...namespaces]);
  return Object.fromEntries(clientNamespaces.filter((ns) => wanted.has(ns) && ns in messages).map((ns) => [ns, messages[ns]]));
}
