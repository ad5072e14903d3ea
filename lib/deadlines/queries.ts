import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { effectiveWindow, invitationWindows, type InvitationWindows } from "./policy";
import type { DeadlineScope, Party, Window } from "./types";

/** The Deadline columns the policy reads. */
export const deadlineRowSelect = { id: true, kind: true, opensAt: true, closesAt: true, modificationClosesAt: true } as const;
const extensionSelect = { id: true, deadlineId: true, userId: true, organisationId: true, invitationId: true, closesAt: true } as const;

/**
 * What a query selects on an invitation to know its windows (invitationWindows): its campaign's
 * deadlines and its own extensions. Spread it into the invitation's select, next to `campaign`.
 */
export const invitationDeadlinesSelect = {
  deadlineExtensions: { select: extensionSelect },
} as const;
/** ...and this into the campaign's select (a campaign's deadlines are only of its two kinds). */
export const campaignDeadlinesSelect = {
  deadlines: { select: deadlineRowSelect },
} as const;

/** The extensions a party may hold: for the user, their organisation, or the invitation. */
function partyFilter(party: Party) {
  return [
    ...(party.userId ? [{ userId: party.userId }] : []),
    ...(party.organisationId ? [{ organisationId: party.organisationId }] : []),
    ...(party.invitationId ? [{ invitationId: party.invitationId }] : []),
  ];
}

/**
 * The window that applies to a party on one deadline (null: the edition or letter has no such
 * deadline, which the policy treats as closed): the Deadline row of the scope, moved by the
 * latest extension granted to the party. Read in the caller's transaction when given one, so
 * the check and the write see the same row. Every service enforces with this and every page
 * shows what it returns.
 */
export async function loadWindow(client: Tx, scope: DeadlineScope, party: Party): Promise<Window | null> {
  const where = "campaignId" in scope ? { campaignId: scope.campaignId, kind: scope.kind } : { editionId: scope.editionId, kind: scope.kind, campaignId: null };
  const [window] = await listWindows(client, where, party);
  return window ?? null;
}

const windowSelect = (party: Party) => {
  const filter = partyFilter(party);
  return { ...deadlineRowSelect, extensions: { where: filter.length ? { OR: filter } : { id: { in: [] } }, select: extensionSelect } } as const;
};

/**
 * The party's windows on every deadline `where` selects (the same rule as loadWindow), with
 * the edition's year: for lists such as "My consultation"'s deadlines ahead.
 */
export async function listWindows(client: Tx, where: Prisma.DeadlineWhereInput, party: Party): Promise<(Window & { year: number })[]> {
  const rows = await client.deadline.findMany({ where, select: { ...windowSelect(party), edition: { select: { year: true } } } });
  return rows.map((row) => ({ ...effectiveWindow(row, row.extensions, party), year: row.edition.year }));
}

/** The party of a user: themselves and their organisation (extensions may be granted to either). */
export async function partyOf(client: Tx, userId: string): Promise<Party> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { organisationId: true } });
  return { userId, organisationId: user.organisationId };
}

/** The windows of one invitation (response and statement), read in the caller's transaction. */
export async function loadInvitationWindows(client: Tx, invitationId: string): Promise<InvitationWindows | null> {
  const inv = await client.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, ...invitationDeadlinesSelect, campaign: { select: campaignDeadlinesSelect } },
  });
  return inv ? invitationWindows(inv) : null;
}

/** The same, outside a transaction (pages). */
export const getInvitationWindows = (invitationId: string) => loadInvitationWindows(db, invitationId);

// ---------------------------------------------------------------- secretariat (the admin screen)

/** Every deadline of every edition, newest edition first, with its letter and how many extensions it has. */
export async function listDeadlinesForAdmin(_secretariat: Secretariat) {
  return db.forumEdition.findMany({
    orderBy: { year: "desc" },
    select: {
      id: true,
      year: true,
      title: true,
      deadlines: {
        orderBy: [{ closesAt: "asc" }, { kind: "asc" }],
        select: { id: true, kind: true, closesAt: true, campaign: { select: { symbol: true } }, _count: { select: { extensions: true } } },
      },
    },
  });
}

/**
 * One deadline with its extensions (who, until when, why, granted by) and the parties an
 * extension may name: the letter's invitations for a letter's deadline, organisations otherwise.
 */
export async function getDeadlineForAdmin(_secretariat: Secretariat, deadlineId: string) {
  const deadline = await db.deadline.findUnique({
    where: { id: deadlineId },
    select: {
      id: true,
      kind: true,
      opensAt: true,
      closesAt: true,
      campaignId: true,
      edition: { select: { year: true, title: true } },
      campaign: { select: { symbol: true } },
      extensions: {
        orderBy: { closesAt: "asc" },
        select: {
          id: true,
          closesAt: true,
          reason: true,
          createdAt: true,
          user: { select: { email: true, name: true } },
          organisation: { select: { name: true } },
          invitation: { select: { memberStateCode: true, memberState: { select: { name: true } } } },
          grantedBy: { select: { email: true } },
        },
      },
    },
  });
  if (!deadline) return null;
  const [invitations, organisations] = deadline.campaignId
    ? [
        await db.invitation.findMany({
          where: { campaignId: deadline.campaignId, status: { not: "REVOKED" } },
          orderBy: { memberStateCode: "asc" },
          select: { id: true, memberStateCode: true, memberState: { select: { name: true } } },
        }),
        [],
      ]
    : [[], await db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } })];
  return { ...deadline, invitations, organisations };
}
