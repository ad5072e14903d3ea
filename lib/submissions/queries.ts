import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { windowState } from "@/lib/deadlines/policy";
import { listWindows, loadWindow } from "@/lib/deadlines/queries";
import type { EditionDeadlineKind, Window } from "@/lib/deadlines/types";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { deadlineKindOf, isStakeholderKind, parseDetails, stakeholderKinds } from "./kinds";
import { parseRegionalInputDetails } from "./kinds/regional-input";
import { LIVE_STATUSES, modificationBlocker, withdrawalBlocker } from "./policy";
import { findDuplicateSubmissions } from "./service/duplicates";

/** An edition open to the public (not a draft), by year: what the consultation pages need. */
export const getConsultationEdition = cache(async (year: number) =>
  Number.isInteger(year)
    ? db.forumEdition.findFirst({ where: { year, status: { not: "DRAFT" } }, select: { id: true, year: true, title: true, startDate: true, endDate: true } })
    : null,
);

export type ConsultationEdition = NonNullable<Awaited<ReturnType<typeof getConsultationEdition>>>;

/** The caller's window for a kind of deadline (their extension, or their organisation's, included). */
export async function getWindowFor(editionId: string, kind: EditionDeadlineKind, userId: string): Promise<Window | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
  return loadWindow(db, { editionId, kind }, { userId, organisationId: user?.organisationId ?? null });
}

export interface Choice {
  value: string;
  label: string;
}

export const listActionLineOptions = cache(async (locale: Locale): Promise<Choice[]> => {
  const rows = await db.actionLine.findMany({ orderBy: { number: "asc" }, select: { code: true, title: true } });
  return rows.map((r) => ({ value: r.code, label: `${r.code} ${localizeText(r.title, locale)}` }));
});

export const listSdgOptions = cache(async (locale: Locale): Promise<Choice[]> => {
  const rows = await db.sdg.findMany({ orderBy: { number: "asc" }, select: { number: true, title: true } });
  return rows.map((r) => ({ value: String(r.number), label: `${r.number}. ${localizeText(r.title, locale)}` }));
});

const ownSelect = {
  id: true,
  reference: true,
  kind: true,
  status: true,
  title: true,
  summary: true,
  body: true,
  language: true,
  topic: true,
  details: true,
  countryCode: true,
  submittedAt: true,
  withdrawnAt: true,
  revisionDueAt: true,
  bindingConfirmedAt: true,
  updatedAt: true,
  editionId: true,
  organisationId: true,
  edition: { select: { id: true, year: true, title: true, startDate: true, endDate: true } },
  attachment: { select: { id: true, filename: true, size: true } },
  actionLines: { select: { code: true } },
  sdgs: { select: { number: true } },
  // the secretariat's latest request for revisions (its message is shown to the submitter)
  decisions: {
    where: { outcome: "REQUEST_REVISIONS" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { messageToSubmitter: true, revisionDueAt: true, createdAt: true },
  },
  participants: {
    orderBy: [{ role: "asc" }, { position: "asc" }],
    select: { role: true, position: true, name: true, organisationName: true, stakeholderTypeCode: true, countryCode: true, gender: true, attendance: true },
  },
} satisfies Prisma.SubmissionSelect;

/**
 * The caller's own submission with what they may do with it now, or null: another user's
 * submission is as absent as a missing one.
 */
export async function getOwnSubmission(userId: string, id: string, now: Date) {
  const s = await db.submission.findFirst({ where: { id, authorId: userId, kind: { not: "REGIONAL_INPUT" } }, select: ownSelect });
  if (!s) return null;
  const window = await getWindowFor(s.editionId, deadlineKindOf(s.kind), userId);
  const duplicates =
    s.status === "DRAFT" && isStakeholderKind(s.kind) && stakeholderKinds[s.kind].duplicateChecked
      ? await findDuplicateSubmissions(db, {
          editionId: s.editionId,
          kind: s.kind,
          normalizedTitle: (await db.submission.findUniqueOrThrow({ where: { id }, select: { normalizedTitle: true } })).normalizedTitle,
          organisationId: s.organisationId,
          excludeId: s.id,
        })
      : [];
  const request = s.status === "REVISIONS_REQUESTED" ? s.decisions[0] : undefined;
  return {
    ...s,
    organisationId: undefined,
    editionId: undefined,
    decisions: undefined,
    revisionRequest: request ? { message: request.messageToSubmitter, requestedAt: request.createdAt, dueAt: s.revisionDueAt ?? request.revisionDueAt } : null,
    actionLines: s.actionLines.map((a) => a.code),
    sdgs: s.sdgs.map((x) => String(x.number)),
    details: parseDetails(s.kind, s.details),
    window,
    modificationBlocker: modificationBlocker(s, window, now),
    withdrawalBlocker: withdrawalBlocker(s, window, now),
    duplicates: duplicates.map((d) => ({ id: d.id, reference: d.reference, title: d.title, organisationName: d.organisationName })),
  };
}

export type OwnSubmission = NonNullable<Awaited<ReturnType<typeof getOwnSubmission>>>;

/** Everything the caller submitted or drafted, newest first. */
export async function listOwnSubmissions(userId: string) {
  return db.submission.findMany({
    where: { authorId: userId, kind: { not: "REGIONAL_INPUT" } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      title: true,
      submittedAt: true,
      revisionDueAt: true,
      updatedAt: true,
      edition: { select: { year: true } },
    },
  });
}

/**
 * The windows of the editions still ahead for the caller (their extensions included), soonest
 * closing first: what "My consultation" lists as deadlines ahead.
 */
export async function listDeadlinesAhead(userId: string, now: Date) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
  const windows = await listWindows(
    db,
    {
      kind: { in: ["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION", "MEETING_REGISTRATION"] },
      edition: { status: "PUBLISHED" },
      OR: [{ closesAt: { gt: now } }, { extensions: { some: { closesAt: { gt: now } } } }],
    },
    { userId, organisationId: user?.organisationId ?? null },
  );
  return windows
    .map((window) => ({ kind: window.kind, year: window.year, window }))
    .filter((d) => windowState(d.window, now) !== "CLOSED")
    .sort((a, b) => a.window.closesAt.getTime() - b.window.closesAt.getTime());
}

/** Inputs from regional and national events in an edition's public compilation, by event date. */
export async function listRegionalInputs(editionId: string) {
  const rows = await db.submission.findMany({
    where: { editionId, kind: "REGIONAL_INPUT", status: { in: LIVE_STATUSES } },
    select: {
      id: true,
      reference: true,
      title: true,
      summary: true,
      language: true,
      countryCode: true,
      details: true,
      attachment: { select: { id: true, filename: true, size: true } },
    },
  });
  return rows
    .map((r) => ({ ...r, details: parseRegionalInputDetails(r.details) }))
    .sort((a, b) => String(a.details.eventDate ?? "").localeCompare(String(b.details.eventDate ?? "")));
}
