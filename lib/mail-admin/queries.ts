import "server-only";
import type { Secretariat } from "@/lib/auth/session";
import { invitationWindows, isWindowOpen } from "@/lib/deadlines/policy";
import { campaignDeadlinesSelect, invitationDeadlinesSelect } from "@/lib/deadlines/queries";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeadlineKind } from "@/lib/generated/prisma/enums";
import { isLocale, defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { OutboxFilter, ReminderKind } from "./schemas";

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxRow {
  id: string;
  to: string;
  language: string;
  template: string;
  subject: string;
  status: "QUEUED" | "SENDING" | "SENT" | "FAILED";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
}

/** The outbox, newest first. */
export async function listOutbox(secretariat: Secretariat, filter: OutboxFilter) {
  const where: Prisma.OutboxMessageWhereInput = {
    ...(filter.status && { status: filter.status }),
    ...(filter.to && { to: { contains: filter.to, mode: "insensitive" } }),
  };
  const page = filter.page ?? 1;
  const [rows, total, byStatus] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        language: true,
        template: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows: rows as OutboxRow[],
    total,
    page,
    pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
    counts: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<Record<OutboxRow["status"], number>>,
  };
}

export interface ReminderRecipient {
  /** the person or invitation the reminder is about (part of the dedupe key) */
  key: string;
  email: string;
  name: string;
  language: Locale;
  /** what they have not done yet, with a link where one exists (invitation links are personal: only in the letter mail) */
  items: { label: string; closesAt: Date; href: string | null }[];
}

const asLocale = (l: string): Locale => (isLocale(l) ? l : defaultLocale);
const draftDeadlineKinds: DeadlineKind[] = ["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION", "REGIONAL_INPUT"];

/**
 * Who has not acted before a deadline that is still open: invitations neither confirmed nor
 * declined (sent or viewed, with their own extension if any), or drafts never submitted while
 * their window is open. One recipient per address.
 */
export async function listReminderRecipients(secretariat: Secretariat, kind: ReminderKind, editionId: string, now: Date): Promise<ReminderRecipient[]> {
  if (kind === "invitations") {
    const rows = await db.invitation.findMany({
      where: { editionId, status: { in: ["SENT", "VIEWED"] }, revokedAt: null },
      orderBy: { memberStateCode: "asc" },
      select: {
        id: true,
        email: true,
        addresseeName: true,
        language: true,
        memberStateCode: true,
        ...invitationDeadlinesSelect,
        campaign: { select: { symbol: true, ...campaignDeadlinesSelect } },
      },
    });
    return rows
      .map((r) => ({ ...r, window: invitationWindows(r).response }))
      .filter((r) => isWindowOpen(r.window, now))
      .map((r) => ({
        key: r.id,
        email: r.email,
        name: r.addresseeName,
        language: asLocale(r.language),
        items: [{ label: `${r.campaign.symbol} (${r.memberStateCode})`, closesAt: r.window.closesAt, href: null }],
      }));
  }
  const deadlines = await db.deadline.findMany({ where: { editionId, kind: { in: draftDeadlineKinds } }, select: { kind: true, closesAt: true } });
  const open = new Map(deadlines.filter((d) => now < d.closesAt).map((d) => [d.kind as string, d.closesAt]));
  const drafts = await db.submission.findMany({
    where: { editionId, status: "DRAFT", kind: { in: [...open.keys()] as never[] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, kind: true, author: { select: { id: true, email: true, name: true, preferredLanguage: true, disabledAt: true } } },
  });
  const byAuthor = new Map<string, ReminderRecipient>();
  for (const d of drafts) {
    if (d.author.disabledAt) continue;
    const r = byAuthor.get(d.author.id) ?? {
      key: d.author.id,
      email: d.author.email,
      name: d.author.name ?? d.author.email,
      language: asLocale(d.author.preferredLanguage),
      items: [],
    };
    r.items.push({ label: d.title || d.kind, closesAt: open.get(d.kind)!, href: `/consultation/submissions/${d.id}` });
    byAuthor.set(d.author.id, r);
  }
  return [...byAuthor.values()];
}
