// The words of the deadlines domain, shared by its policy (pure), its loader and its service.
import type { DeadlineKind } from "@/lib/generated/prisma/enums";

/** The kinds that belong to an invitation letter (one row per campaign); the others are one row per edition. */
export const CAMPAIGN_DEADLINE_KINDS = ["INVITATION_RESPONSE", "POLICY_STATEMENT"] as const satisfies readonly DeadlineKind[];
export type CampaignDeadlineKind = (typeof CAMPAIGN_DEADLINE_KINDS)[number];
export type EditionDeadlineKind = Exclude<DeadlineKind, CampaignDeadlineKind>;

export const isCampaignKind = (kind: DeadlineKind): kind is CampaignDeadlineKind => (CAMPAIGN_DEADLINE_KINDS as readonly DeadlineKind[]).includes(kind);

/** Which deadline row a window comes from: the edition's row of a consultation kind, or a letter's row. */
export type DeadlineScope = { editionId: string; kind: EditionDeadlineKind } | { campaignId: string; kind: CampaignDeadlineKind };

/**
 * Who is acting: a user (with their organisation, whose extensions its members share), or an
 * invitation (its addressee). An extension applies when it names any of these.
 */
export interface Party {
  userId?: string | null;
  organisationId?: string | null;
  invitationId?: string | null;
}

/** A Deadline row, as the policy needs it. */
export interface DeadlineRow {
  id: string;
  kind: DeadlineKind;
  opensAt: Date | null;
  closesAt: Date;
  modificationClosesAt: Date | null;
}

/** A DeadlineExtension row, as the policy needs it (the party fields a query did not select count as null). */
export interface ExtensionRow {
  id?: string;
  userId?: string | null;
  organisationId?: string | null;
  invitationId?: string | null;
  closesAt: Date;
}

/** The instants a rule needs: open from `opensAt` (inclusive) to `closesAt` (exclusive). */
export interface WindowTiming {
  opensAt: Date | null;
  closesAt: Date;
}

/** The window that applies to one party on one deadline: what the services enforce and the pages show. */
export interface Window extends WindowTiming {
  kind: DeadlineKind;
  /** the Deadline row it comes from */
  deadlineId: string;
  /** exclusive: at or after it is late; the extension's instant when one applies */
  closesAt: Date;
  /** after closesAt, what was submitted may still be edited until this instant */
  modificationClosesAt: Date | null;
  /** the deadline's own closing, before any extension */
  deadlineClosesAt: Date;
  /** the extension that moved closesAt for this party (null: none, or none later than the deadline) */
  extension: { id: string | null; closesAt: Date } | null;
  /** true when an extension moved closesAt */
  extended: boolean;
}

/** What stops a party now: nothing (null), the window not yet open, or the deadline passed. */
export type WindowBlocker = "NOT_OPEN_YET" | "DEADLINE_PASSED";
