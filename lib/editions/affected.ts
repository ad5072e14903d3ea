import "server-only";
import type { Tx } from "@/lib/db";
import type { DeadlineKind } from "@/lib/generated/prisma/enums";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/** Someone who depends on a date and is mailed when it moves. */
export interface AffectedPerson {
  email: string;
  name: string;
  language: Locale;
  /** why they are affected: "registrant", "submitter", "invitee" */
  reason: "registrant" | "submitter" | "invitee";
}

const lang = (l: string): Locale => (isLocale(l) ? l : defaultLocale);

/** One entry per address, in a stable order. */
function unique(people: AffectedPerson[]): AffectedPerson[] {
  const seen = new Map<string, AffectedPerson>();
  for (const p of people) if (!seen.has(p.email.toLowerCase())) seen.set(p.email.toLowerCase(), p);
  return [...seen.values()].sort((a, b) => a.email.localeCompare(b.email));
}

async function registrants(client: Tx, where: { phaseId?: string; editionId?: string }): Promise<AffectedPerson[]> {
  const rows = await client.meetingRegistration.findMany({
    where: { status: { in: ["REGISTERED", "WAITLISTED"] }, meeting: { ...where, cancelledAt: null } },
    select: { user: { select: { email: true, name: true, preferredLanguage: true } } },
  });
  return rows.map((r) => ({ email: r.user.email, name: r.user.name ?? r.user.email, language: lang(r.user.preferredLanguage), reason: "registrant" }));
}

/** The people registered (or waiting) for the meetings of a phase: moving the phase moves them. */
export async function affectedByPhase(client: Tx, phaseId: string): Promise<AffectedPerson[]> {
  return unique(await registrants(client, { phaseId }));
}

/**
 * The people a deadline binds: invitees who have not answered (invitation and statement
 * deadlines), drafters and submitters whose submission is still open (submission deadlines),
 * meeting registrants (registration deadline), participants registered for the Forum (Forum
 * registration deadline: it ends their editing).
 */
export async function affectedByDeadline(client: Tx, editionId: string, kind: DeadlineKind, campaignId: string | null = null): Promise<AffectedPerson[]> {
  if (kind === "INVITATION_RESPONSE" || kind === "POLICY_STATEMENT") {
    // a letter's deadline binds the invitations of that letter only
    const rows = await client.invitation.findMany({
      where: {
        editionId,
        ...(campaignId ? { campaignId } : {}),
        revokedAt: null,
        status: kind === "INVITATION_RESPONSE" ? { in: ["SENT", "VIEWED"] } : "CONFIRMED",
      },
      select: { email: true, addresseeName: true, language: true },
    });
    return unique(rows.map((r) => ({ email: r.email, name: r.addresseeName, language: lang(r.language), reason: "invitee" })));
  }
  if (kind === "MEETING_REGISTRATION") return unique(await registrants(client, { editionId }));
  if (kind === "FORUM_REGISTRATION") {
    const rows = await client.forumRegistration.findMany({
      where: { editionId, status: { not: "CANCELLED" } },
      select: { locale: true, givenNames: true, familyName: true, user: { select: { email: true } } },
    });
    return unique(rows.map((r) => ({ email: r.user.email, name: `${r.givenNames} ${r.familyName}`, language: lang(r.locale), reason: "registrant" })));
  }
  const rows = await client.submission.findMany({
    where: { editionId, kind, status: { in: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "REVISIONS_REQUESTED"] } },
    select: { author: { select: { email: true, name: true, preferredLanguage: true } } },
  });
  return unique(
    rows.map((r) => ({ email: r.author.email, name: r.author.name ?? r.author.email, language: lang(r.author.preferredLanguage), reason: "submitter" })),
  );
}
