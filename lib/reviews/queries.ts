import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import type { AuditEntityType } from "@/lib/audit/vocabulary";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText } from "@/lib/i18n/localized";
import { parseDetails } from "@/lib/submissions/kinds";
import type { QueueFilter } from "./schemas";

export const QUEUE_PAGE_SIZE = 50;

/** A submission's searched text as its trigram index has it (migration 20261207052704): the fields joined by U+001F. */
const searchedText = Prisma.raw(`(reference || E'\\x1f' || title || E'\\x1f' || summary || E'\\x1f' || body)`);

/** The submissions of an edition whose reference, title, summary or body contain `q` (any case): one scan of the trigram index. */
export function textSearchSql(editionId: string, q: string): Prisma.Sql {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`SELECT id FROM "Submission" WHERE "editionId" = ${editionId} AND ${searchedText} ILIKE ${pattern}`;
}

/**
 * The review queue's WHERE. Search is a case-insensitive substring match (ILIKE) on reference,
 * title, summary, body, organisation and author: it works the same for Arabic and Chinese,
 * which PostgreSQL's 'simple' text search does not segment.
 *
 * Each part of the search is found through its own index, and the queue then reads the rows by
 * key: the submission's text through the trigram index on its joined fields, organisations and
 * authors through theirs. (An OR of the fields and the relations in one WHERE served by no index:
 * every search read the whole table.)
 */
export async function queueWhere(editionId: string, f: QueueFilter): Promise<Prisma.SubmissionWhereInput> {
  const and: Prisma.SubmissionWhereInput[] = [{ editionId, status: f.status ?? { not: "DRAFT" } }];
  if (f.kind) and.push({ kind: f.kind });
  if (f.language) and.push({ language: f.language });
  if (f.region) and.push({ country: { regionCode: f.region } });
  if (f.actionLine) and.push({ actionLines: { some: { code: f.actionLine } } });
  if (f.sdg) and.push({ sdgs: { some: { number: f.sdg } } });
  if (f.stakeholderType) {
    and.push({
      OR: [{ organisation: { stakeholderTypeCode: f.stakeholderType } }, { organisationId: null, author: { stakeholderTypeCode: f.stakeholderType } }],
    });
  }
  if (f.q) {
    const contains = { contains: f.q, mode: "insensitive" as const };
    const [texts, organisations, authors] = await Promise.all([
      db.$queryRaw<{ id: string }[]>(textSearchSql(editionId, f.q)),
      db.organisation.findMany({ where: { name: contains }, select: { id: true } }),
      db.user.findMany({ where: { OR: [{ email: contains }, { name: contains }] }, select: { id: true } }),
    ]);
    const ids = (rows: { id: string }[]) => ({ in: rows.map((r) => r.id) });
    and.push({ OR: [{ id: ids(texts) }, { organisationId: ids(organisations) }, { authorId: ids(authors) }] });
  }
  return { AND: and };
}

export async function listReviewQueue(secretariat: Secretariat, editionId: string, f: QueueFilter, locale: Locale) {
  const where = await queueWhere(editionId, f);
  const page = f.page ?? 1;
  const [rows, total] = await Promise.all([
    db.submission.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { reference: "asc" }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        kind: true,
        status: true,
        title: true,
        language: true,
        submittedAt: true,
        revisionDueAt: true,
        organisation: { select: { name: true } },
        country: { select: { name: true } },
        _count: { select: { reviews: true, notes: true } },
      },
    }),
    db.submission.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, country: r.country ? localizeText(r.country.name, locale) : null, organisation: r.organisation?.name ?? null })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
  };
}
export type QueueRow = Awaited<ReturnType<typeof listReviewQueue>>["rows"][number];

/** The choices of the queue's filters, in the page's language. */
export async function listQueueFilterOptions(secretariat: Secretariat, locale: Locale) {
  const [types, regions, actionLines] = await Promise.all([
    db.stakeholderType.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.unRegion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true } }),
    db.actionLine.findMany({ orderBy: { number: "asc" }, select: { code: true, title: true } }),
  ]);
  return {
    stakeholderTypes: types.map((t) => ({ value: t.code, label: localizeText(t.name, locale) })),
    regions: regions.map((r) => ({ value: r.code, label: localizeText(r.name, locale) })),
    actionLines: actionLines.map((a) => ({ value: a.code, label: `${a.code} — ${localizeText(a.title, locale)}` })),
  };
}

/**
 * One submission with everything a reviewer needs: all the submitter gave (its kind's details,
 * organisers and speakers, the attachment, the binding confirmation), names in the reviewer's
 * language, and what the submitter never sees (scores, notes, the history).
 */
export async function getSubmissionForReview(secretariat: Secretariat, id: string, locale: Locale) {
  const submission = await db.submission.findFirst({
    where: { id, status: { not: "DRAFT" } },
    select: {
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
      submittedAt: true,
      revisionDueAt: true,
      bindingConfirmedAt: true,
      editionId: true,
      edition: { select: { year: true } },
      attachment: { select: { id: true, filename: true, size: true } },
      author: { select: { name: true, email: true, preferredLanguage: true } },
      organisation: { select: { name: true } },
      country: { select: { name: true, region: { select: { name: true } } } },
      actionLines: { select: { code: true, title: true }, orderBy: { number: "asc" } },
      sdgs: { select: { number: true, title: true }, orderBy: { number: "asc" } },
      participants: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        select: {
          id: true,
          role: true,
          name: true,
          organisationName: true,
          gender: true,
          attendance: true,
          country: { select: { name: true } },
          stakeholderType: { select: { name: true } },
        },
      },
      mergedInto: { select: { id: true, reference: true, title: true } },
      duplicateOf: { select: { id: true, reference: true, title: true } },
      mergedFrom: { select: { id: true, reference: true, title: true } },
      decisions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, outcome: true, messageToSubmitter: true, revisionDueAt: true, createdAt: true, decidedBy: { select: { email: true } } },
      },
      reviews: {
        orderBy: { assignedAt: "asc" },
        select: {
          id: true,
          relevance: true,
          stakeholderBalance: true,
          geographicDiversity: true,
          genderBalance: true,
          developingCountries: true,
          comment: true,
          scoredAt: true,
          reviewer: { select: { id: true, email: true, name: true } },
        },
      },
      notes: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, author: { select: { email: true } } } },
    },
  });
  if (!submission) return null;
  const details = parseDetails(submission.kind, submission.details);
  const codeOf = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : null);
  const [history, stakeholderType, region] = await Promise.all([
    db.auditEntry.findMany({
      where: { entityType: "Submission" satisfies AuditEntityType, entityId: id },
      orderBy: { id: "desc" },
      take: 100,
      select: { id: true, at: true, action: true, actor: { select: { email: true } } },
    }),
    codeOf("stakeholderTypeCode") ? db.stakeholderType.findUnique({ where: { code: codeOf("stakeholderTypeCode")! }, select: { name: true } }) : null,
    codeOf("regionCode") ? db.unRegion.findUnique({ where: { code: codeOf("regionCode")! }, select: { name: true } }) : null,
  ]);
  return {
    ...submission,
    details,
    /** the names of the codes `details` holds (a nominee's stakeholder group, an event's region) */
    detailNames: {
      stakeholderType: stakeholderType ? localizeText(stakeholderType.name, locale) : null,
      region: region ? localizeText(region.name, locale) : null,
    },
    actionLines: submission.actionLines.map((a) => ({ code: a.code, title: localizeText(a.title, locale) })),
    sdgs: submission.sdgs.map((g) => ({ number: g.number, title: localizeText(g.title, locale) })),
    participants: submission.participants.map(({ country, stakeholderType: type, ...p }) => ({
      ...p,
      country: country ? localizeText(country.name, locale) : null,
      stakeholderType: localizeText(type.name, locale),
    })),
    history: history.map((h) => ({ id: h.id.toString(), at: h.at, action: h.action, actor: h.actor?.email ?? null })),
  };
}
export type SubmissionForReview = NonNullable<Awaited<ReturnType<typeof getSubmissionForReview>>>;

/** Who can be assigned a review: the secretariat members. */
export async function listReviewers(_secretariat: Secretariat) {
  return db.user.findMany({ where: { role: "SECRETARIAT", disabledAt: null }, orderBy: { email: "asc" }, select: { id: true, email: true, name: true } });
}
