import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { invitationWindows } from "@/lib/deadlines/policy";
import { campaignDeadlinesSelect, invitationDeadlinesSelect } from "@/lib/deadlines/queries";
import { db } from "@/lib/db";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { genevaParts } from "@/lib/time/geneva";
import { forumRegistrationsTable } from "@/lib/registrations/export";
import type { CellValue } from "./cells";

export const datasetKeys = [
  "invitations",
  "confirmations",
  "policy-statements",
  "contributions",
  "workshop-requests",
  "facilitator-nominations",
  "regional-inputs",
  "registrations",
  "forum-registrations",
] as const;
export type DatasetKey = (typeof datasetKeys)[number];
export const isDatasetKey = (v: string): v is DatasetKey => (datasetKeys as readonly string[]).includes(v);

/** "2020-01-15 23:59" in Geneva time: sortable, and what the secretariat reads everywhere else. */
export function genevaStamp(instant: Date | null | undefined): string | null {
  if (!instant) return null;
  const p = genevaParts(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

export interface Table {
  /** header message keys of "AdminExportColumns" */
  columns: string[];
  rows: CellValue[][];
}

const kindOf: Partial<Record<DatasetKey, SubmissionKind>> = {
  contributions: "CONTRIBUTION",
  "workshop-requests": "WORKSHOP_REQUEST",
  "facilitator-nominations": "FACILITATOR_NOMINATION",
  "regional-inputs": "REGIONAL_INPUT",
};

async function invitations(editionId: string, locale: Locale): Promise<Table> {
  const rows = await db.invitation.findMany({
    where: { editionId },
    orderBy: { memberStateCode: "asc" },
    select: {
      memberStateCode: true,
      addresseeName: true,
      addresseeTitle: true,
      email: true,
      language: true,
      status: true,
      id: true,
      sentAt: true,
      viewedAt: true,
      respondedAt: true,
      ...invitationDeadlinesSelect,
      campaign: { select: { symbol: true, ...campaignDeadlinesSelect } },
      memberState: { select: { name: true } },
    },
  });
  return {
    columns: [
      "campaign",
      "countryCode",
      "country",
      "addressee",
      "addresseeTitle",
      "email",
      "language",
      "status",
      "sentAt",
      "viewedAt",
      "respondedAt",
      "deadline",
    ],
    rows: rows.map((r) => [
      r.campaign.symbol,
      r.memberStateCode,
      localizeText(r.memberState.name, locale),
      r.addresseeName,
      r.addresseeTitle,
      r.email,
      r.language,
      r.status,
      genevaStamp(r.sentAt),
      genevaStamp(r.viewedAt),
      genevaStamp(r.respondedAt),
      genevaStamp(invitationWindows(r).response.closesAt),
    ]),
  };
}

/** One row per delegation member (a confirmation without members still has one row). */
async function confirmations(editionId: string, locale: Locale): Promise<Table> {
  const rows = await db.participationConfirmation.findMany({
    where: { invitation: { editionId } },
    orderBy: { invitation: { memberStateCode: "asc" } },
    select: {
      reference: true,
      decision: true,
      state: true,
      submittedAt: true,
      declineReason: true,
      submittedBy: { select: { email: true } },
      invitation: { select: { memberStateCode: true, memberState: { select: { name: true } } } },
      members: {
        orderBy: { position: "asc" },
        select: { position: true, isHead: true, name: true, title: true, gender: true, email: true, role: true, attendance: true },
      },
    },
  });
  return {
    columns: [
      "reference",
      "countryCode",
      "country",
      "decision",
      "state",
      "submittedAt",
      "submittedBy",
      "declineReason",
      "position",
      "head",
      "name",
      "title",
      "gender",
      "email",
      "role",
      "attendance",
    ],
    rows: rows.flatMap((c) => {
      const base: CellValue[] = [
        c.reference,
        c.invitation.memberStateCode,
        localizeText(c.invitation.memberState.name, locale),
        c.decision,
        c.state,
        genevaStamp(c.submittedAt),
        c.submittedBy?.email,
        c.declineReason,
      ];
      if (c.members.length === 0) return [[...base, null, null, null, null, null, null, null, null]];
      return c.members.map((m) => [...base, m.position, m.isHead ? "yes" : "no", m.name, m.title, m.gender, m.email, m.role, m.attendance]);
    }),
  };
}

async function policyStatements(editionId: string, locale: Locale): Promise<Table> {
  const rows = await db.policyStatement.findMany({
    where: { editionId },
    orderBy: { memberStateCode: "asc" },
    select: {
      memberStateCode: true,
      speakerName: true,
      speakerTitle: true,
      protocolCategory: true,
      language: true,
      status: true,
      requestedAt: true,
      submittedAt: true,
      timeLimitMinutes: true,
      text: true,
      memberState: { select: { name: true } },
      scheduledSession: { select: { startsAt: true } },
    },
  });
  return {
    columns: [
      "countryCode",
      "country",
      "speaker",
      "speakerTitle",
      "protocol",
      "language",
      "status",
      "requestedAt",
      "submittedAt",
      "minutes",
      "scheduledAt",
      "text",
    ],
    rows: rows.map((r) => [
      r.memberStateCode,
      localizeText(r.memberState.name, locale),
      r.speakerName,
      r.speakerTitle,
      r.protocolCategory,
      r.language,
      r.status,
      genevaStamp(r.requestedAt),
      genevaStamp(r.submittedAt),
      r.timeLimitMinutes,
      genevaStamp(r.scheduledSession?.startsAt),
      r.text,
    ]),
  };
}

async function submissions(editionId: string, kind: SubmissionKind, locale: Locale): Promise<Table> {
  const rows = await db.submission.findMany({
    where: { editionId, kind, status: { not: "DRAFT" } },
    orderBy: { reference: "asc" },
    select: {
      reference: true,
      status: true,
      title: true,
      summary: true,
      body: true,
      language: true,
      topic: true,
      submittedAt: true,
      revisionDueAt: true,
      author: { select: { email: true, name: true, stakeholderType: { select: { name: true } } } },
      organisation: { select: { name: true, stakeholderType: { select: { name: true } } } },
      country: { select: { code: true, name: true, region: { select: { name: true } } } },
      actionLines: { select: { code: true }, orderBy: { number: "asc" } },
      sdgs: { select: { number: true }, orderBy: { number: "asc" } },
      participants: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        select: { role: true, name: true, organisationName: true, gender: true, countryCode: true },
      },
      mergedInto: { select: { reference: true } },
      duplicateOf: { select: { reference: true } },
    },
  });
  return {
    columns: [
      "reference",
      "status",
      "title",
      "summary",
      "body",
      "language",
      "topic",
      "author",
      "email",
      "organisation",
      "stakeholderType",
      "countryCode",
      "country",
      "region",
      "actionLines",
      "sdgs",
      "participants",
      "submittedAt",
      "revisionDueAt",
      "mergedInto",
    ],
    rows: rows.map((s) => [
      s.reference,
      s.status,
      s.title,
      s.summary,
      s.body,
      s.language,
      s.topic,
      s.author.name,
      s.author.email,
      s.organisation?.name,
      localizeText(s.organisation?.stakeholderType.name ?? s.author.stakeholderType?.name, locale) || null,
      s.country?.code,
      s.country ? localizeText(s.country.name, locale) : null,
      s.country ? localizeText(s.country.region.name, locale) : null,
      s.actionLines.map((a) => a.code).join(", "),
      s.sdgs.map((g) => g.number).join(", "),
      s.participants
        .map((p) => `${p.name} (${p.role}, ${p.organisationName}${p.gender ? `, ${p.gender}` : ""}${p.countryCode ? `, ${p.countryCode}` : ""})`)
        .join("; "),
      genevaStamp(s.submittedAt),
      genevaStamp(s.revisionDueAt),
      s.mergedInto?.reference ?? s.duplicateOf?.reference,
    ]),
  };
}

async function registrations(editionId: string, locale: Locale): Promise<Table> {
  const rows = await db.meetingRegistration.findMany({
    where: { meeting: { editionId } },
    orderBy: [{ meeting: { startsAt: "asc" } }, { createdAt: "asc" }],
    select: {
      mode: true,
      status: true,
      createdAt: true,
      promotedAt: true,
      cancelledAt: true,
      meeting: { select: { title: true, startsAt: true } },
      user: { select: { email: true, name: true, countryCode: true, organisation: { select: { name: true } }, stakeholderType: { select: { name: true } } } },
    },
  });
  return {
    columns: [
      "meeting",
      "meetingStartsAt",
      "name",
      "email",
      "organisation",
      "stakeholderType",
      "countryCode",
      "mode",
      "status",
      "registeredAt",
      "promotedAt",
      "cancelledAt",
    ],
    rows: rows.map((r) => [
      localizeText(r.meeting.title, locale),
      genevaStamp(r.meeting.startsAt),
      r.user.name,
      r.user.email,
      r.user.organisation?.name,
      r.user.stakeholderType ? localizeText(r.user.stakeholderType.name, locale) : null,
      r.user.countryCode,
      r.mode,
      r.status,
      genevaStamp(r.createdAt),
      genevaStamp(r.promotedAt),
      genevaStamp(r.cancelledAt),
    ]),
  };
}

/** Datasets that can carry passport data, only when asked for explicitly (never by default). */
export const passportDatasets: readonly DatasetKey[] = ["forum-registrations"];

/** The rows of one export. */
export async function loadDataset(
  secretariat: Secretariat,
  key: DatasetKey,
  editionId: string,
  locale: Locale,
  options: { passport?: boolean } = {},
): Promise<Table> {
  if (key === "forum-registrations") return forumRegistrationsTable(editionId, locale, { passport: options.passport });
  const kind = kindOf[key];
  if (kind) return submissions(editionId, kind, locale);
  if (key === "invitations") return invitations(editionId, locale);
  if (key === "confirmations") return confirmations(editionId, locale);
  if (key === "policy-statements") return policyStatements(editionId, locale);
  return registrations(editionId, locale);
}
