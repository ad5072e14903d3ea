import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import type { AuditEntityType } from "@/lib/audit/vocabulary";
import { campaignDeadlines, invitationWindows } from "@/lib/deadlines/policy";
import { campaignDeadlinesSelect, invitationDeadlinesSelect } from "@/lib/deadlines/queries";
import { db } from "@/lib/db";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { buildDashboard } from "./dashboard";
import { canViewInvitation } from "./policy";
import { csvContext } from "./service/campaigns";
import { hashInvitationToken, isWellFormedToken } from "./token";

const letterSelect = {
  id: true,
  symbol: true,
  subject: true,
  letterDate: true,
  ...campaignDeadlinesSelect,
  documentId: true,
  edition: { select: { id: true, year: true, title: true } },
} as const;

const delegateInvitationSelect = {
  id: true,
  email: true,
  status: true,
  language: true,
  addresseeName: true,
  addresseeTitle: true,
  memberStateCode: true,
  ...invitationDeadlinesSelect,
  revokedAt: true,
  memberState: { select: { name: true } },
  campaign: { select: letterSelect },
} as const;

/**
 * The invitation a mailed link points to, for the link page. A read and nothing else: mail
 * scanners fetch links before people do, so opening the link must change nothing.
 */
export async function getInvitationByToken(token: string) {
  if (!isWellFormedToken(token)) return null;
  const inv = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: delegateInvitationSelect });
  if (!inv || inv.status === "NOT_SENT") return null;
  return withWindows(inv);
}

/**
 * The invitation with the windows lib/deadlines gives it (the ones the services enforce): the
 * response window (closesAt, with its extension) and the statement window.
 */
function withWindows<I extends Parameters<typeof invitationWindows>[0]>(inv: I) {
  const windows = invitationWindows(inv);
  return { ...inv, windows, closesAt: windows.response.closesAt, statementClosesAt: windows.statement.closesAt, extended: windows.response.extended };
}

/** A letter with its own deadlines (response, statement) as instants. */
function withLetterDeadlines<C extends Parameters<typeof campaignDeadlines>[0]>(campaign: C) {
  const { response, statement } = campaignDeadlines(campaign);
  return { ...campaign, responseDeadline: response.closesAt, statementDeadline: statement?.closesAt ?? null };
}

/** "a****@gov.example": enough for the addressee to know which address to sign in with. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 1)}${"*".repeat(Math.max(3, local.length - 1))}@${domain}`;
}

/** An invitation for its addressee, with the answer so far; null for anyone else (they get a 404). */
export async function getInvitationForAddressee(id: string, userEmail: string) {
  const inv = await db.invitation.findUnique({
    where: { id },
    select: {
      ...delegateInvitationSelect,
      respondedAt: true,
      confirmation: {
        select: {
          id: true,
          reference: true,
          decision: true,
          state: true,
          declineReason: true,
          submittedAt: true,
          updatedAt: true,
          members: { orderBy: { position: "asc" }, select: { name: true, title: true, gender: true, email: true, attendance: true, isHead: true } },
        },
      },
      policyStatement: {
        select: {
          id: true,
          speakerName: true,
          speakerTitle: true,
          protocolCategory: true,
          language: true,
          text: true,
          status: true,
          timeLimitMinutes: true,
          requestedAt: true,
          submittedAt: true,
          publishedAt: true,
          file: { select: { id: true, filename: true, size: true } },
        },
      },
    },
  });
  if (!inv || !canViewInvitation(inv, userEmail)) return null;
  return withWindows(inv);
}
export type AddresseeInvitation = NonNullable<Awaited<ReturnType<typeof getInvitationForAddressee>>>;

/** The invitations addressed to a signed-in user (by address), newest edition first. */
export async function listInvitationsForEmail(email: string) {
  const rows = await db.invitation.findMany({
    where: { email: { equals: email, mode: "insensitive" }, status: { not: "NOT_SENT" } },
    orderBy: [{ edition: { year: "desc" } }, { createdAt: "desc" }],
    select: { ...delegateInvitationSelect, policyStatement: { select: { id: true, status: true } } },
  });
  return rows.map(withWindows);
}

// ---------------------------------------------------------------- secretariat

export async function listEditionsForCampaigns(_secretariat: Secretariat) {
  return db.forumEdition.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, title: true } });
}

export async function listCampaigns(_secretariat: Secretariat) {
  const [campaigns, counts] = await Promise.all([
    db.invitationCampaign.findMany({ orderBy: [{ edition: { year: "desc" } }, { letterDate: "desc" }], select: letterSelect }),
    db.invitation.groupBy({ by: ["campaignId", "status"], _count: { _all: true } }),
  ]);
  return campaigns.map((c) => ({ ...withLetterDeadlines(c), counts: statusCounts(counts.filter((r) => r.campaignId === c.id)) }));
}

function statusCounts(rows: { status: InvitationStatus; _count: { _all: number } }[]): Record<InvitationStatus, number> & { total: number } {
  const out = { NOT_SENT: 0, SENT: 0, VIEWED: 0, CONFIRMED: 0, DECLINED: 0, BOUNCED: 0, REVOKED: 0, total: 0 };
  for (const r of rows) {
    out[r.status] += r._count._all;
    out.total += r._count._all;
  }
  return out;
}

export async function getCampaignForAdmin(_secretariat: Secretariat, id: string) {
  const row = await db.invitationCampaign.findUnique({ where: { id }, select: letterSelect });
  if (!row) return null;
  const campaign = withLetterDeadlines(row);
  const rows = await db.invitation.findMany({
    where: { campaignId: id },
    orderBy: { memberStateCode: "asc" },
    select: {
      id: true,
      memberStateCode: true,
      addresseeName: true,
      addresseeTitle: true,
      email: true,
      language: true,
      status: true,
      sentAt: true,
      viewedAt: true,
      respondedAt: true,
      ...invitationDeadlinesSelect,
      campaign: { select: campaignDeadlinesSelect },
      memberState: { select: { name: true } },
    },
  });
  const invitations = rows.map(withWindows);
  const counts = statusCounts(invitations.map((i) => ({ status: i.status, _count: { _all: 1 } })));
  return { campaign, invitations, counts };
}

export async function getInvitationForAdmin(_secretariat: Secretariat, id: string) {
  const inv = await db.invitation.findUnique({
    where: { id },
    select: {
      ...delegateInvitationSelect,
      sentAt: true,
      viewedAt: true,
      respondedAt: true,
      bouncedAt: true,
      confirmation: {
        select: {
          reference: true,
          decision: true,
          state: true,
          declineReason: true,
          submittedAt: true,
          members: { orderBy: { position: "asc" }, select: { name: true, title: true, gender: true, email: true, attendance: true, isHead: true } },
        },
      },
    },
  });
  if (!inv) return null;
  const history = await db.auditEntry.findMany({
    where: { entityType: "Invitation" satisfies AuditEntityType, entityId: id },
    orderBy: { at: "desc" },
    take: 50,
    select: { id: true, at: true, action: true, actor: { select: { email: true } } },
  });
  return { ...withWindows(inv), history };
}

const REGION_ORDER = ["africa", "americas", "asia", "europe", "oceania"] as const;

/** The confirmations dashboard of one campaign. */
export async function getCampaignDashboard(_secretariat: Secretariat, campaignId: string) {
  const [rows, regions] = await Promise.all([
    db.invitation.findMany({
      where: { campaignId },
      select: {
        status: true,
        memberState: { select: { regionCode: true } },
        confirmation: { select: { decision: true, state: true, members: { select: { gender: true } } } },
      },
    }),
    db.unRegion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
  ]);
  const order = regions.length ? regions.map((r) => r.code) : [...REGION_ORDER];
  const dashboard = buildDashboard(
    rows.map((r) => ({ regionCode: r.memberState.regionCode, status: r.status, confirmation: r.confirmation })),
    order,
  );
  return { dashboard, regionNames: new Map(regions.map((r) => [r.code, r.name])) };
}

/** One line per invitation for the CSV export, with the delegation in figures. */
export async function listCampaignExportRows(campaignId: string) {
  const rows = await db.invitation.findMany({
    where: { campaignId },
    orderBy: { memberStateCode: "asc" },
    select: {
      id: true,
      memberStateCode: true,
      memberState: { select: { name: true, regionCode: true } },
      addresseeName: true,
      addresseeTitle: true,
      email: true,
      language: true,
      status: true,
      sentAt: true,
      respondedAt: true,
      ...invitationDeadlinesSelect,
      campaign: { select: campaignDeadlinesSelect },
      confirmation: {
        select: {
          reference: true,
          decision: true,
          state: true,
          members: { orderBy: { position: "asc" }, select: { name: true, title: true, gender: true, attendance: true, isHead: true } },
        },
      },
    },
  });
  /** the extended response deadline, or null: what the export's deadline_extended_to column says */
  return rows.map((r) => {
    const { response } = invitationWindows(r);
    return { ...r, deadlineExtendedTo: response.extended ? response.closesAt : null };
  });
}

/** What the CSV import's preview checks rows against (the import checks again in its transaction). */
export const getCsvImportContext = (campaignId: string) => csvContext(db, campaignId);
