import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { sendMailNow, type MailAttachment } from "./transport";

/** Attempts before a message stays FAILED for the secretariat to look at (and resend). */
export const MAX_ATTEMPTS = 8;
/** A message claimed by a sender that died is claimed again after this long. */
const CLAIM_TIMEOUT_MS = 10 * 60_000;

/** 30 s, 2 min, 8 min, 32 min, ... capped at 6 h. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3600_000);

export interface OutgoingMail {
  to: string;
  language: Locale;
  template: string;
  subject: string;
  text: string;
  html?: string;
  /** "one mail per event": a second enqueue with the same key is ignored */
  dedupeKey?: string;
  /** files sent with the mail (kept with the message until it is deleted) */
  attachments?: MailAttachment[];
}

/** Attachments over this size in all are refused: mail servers commonly cap messages at 10 MB. */
export const MAX_ATTACHMENT_BYTES = 7 * 1024 * 1024;

/**
 * Writes a message to the outbox inside the caller's transaction: it is sent only if the change
 * that caused it commits. Call `deliverDueMail()` after commit (or let the worker do it).
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<string | null> {
  const { attachments = [], ...message } = mail;
  if (attachments.reduce((sum, a) => sum + a.content.length, 0) > MAX_ATTACHMENT_BYTES) throw new Error("mail attachments too large");
  let id: string | null;
  if (message.dedupeKey) {
    const rows = await tx.outboxMessage.createManyAndReturn({ data: [message], skipDuplicates: true, select: { id: true } });
    id = rows[0]?.id ?? null;
  } else {
    id = (await tx.outboxMessage.create({ data: message, select: { id: true } })).id;
  }
  if (id && attachments.length) {
    await tx.outboxAttachment.createMany({
      data: attachments.map((a, position) => ({
        messageId: id,
        position,
        filename: a.filename,
        contentType: a.contentType,
        content: new Uint8Array(a.content),
      })),
    });
  }
  return id;
}

/** Copies a message's attachments to another message (a sent mail sent again). */
export async function copyAttachments(tx: Tx, fromMessageId: string, toMessageId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "OutboxAttachment" (id, "messageId", position, filename, "contentType", content)
    SELECT gen_random_uuid()::text, ${toMessageId}, position, filename, "contentType", content
      FROM "OutboxAttachment" WHERE "messageId" = ${fromMessageId}`;
}

interface ClaimedRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
}

/**
 * Sends what is due: queued messages, failed ones whose retry time has come, and ones a dead
 * sender left claimed. Rows are claimed with SKIP LOCKED, so several processes never send the
 * same message twice. Returns how many were sent and how many failed this round.
 */
export async function deliverDueMail(options: { limit?: number; now?: Date; ids?: string[]; shouldStop?: () => boolean } = {}) {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 25;
  const ids = options.ids ?? null;
  const claimed = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET status = 'SENDING', attempts = attempts + 1,
           "nextAttemptAt" = ${new Date(now.getTime() + CLAIM_TIMEOUT_MS)}
     WHERE id IN (
       SELECT id FROM "OutboxMessage"
        WHERE status IN ('QUEUED', 'FAILED', 'SENDING') AND "nextAttemptAt" <= ${now}
          AND attempts < ${MAX_ATTEMPTS}
          AND (${ids}::text[] IS NULL OR id = ANY(${ids}::text[]))
        ORDER BY "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, attempts`;
  let sent = 0;
  let failed = 0;
  const files = claimed.length
    ? await db.outboxAttachment.findMany({
        where: { messageId: { in: claimed.map((row) => row.id) } },
        orderBy: [{ messageId: "asc" }, { position: "asc" }],
        select: { messageId: true, filename: true, contentType: true, content: true },
      })
    : [];
  for (const [index, row] of claimed.entries()) {
    if (options.shouldStop?.()) {
      await releaseClaims(claimed.slice(index).map((r) => r.id));
      break;
    }
    try {
      const attachments = files
        .filter((f) => f.messageId === row.id)
        .map((f) => ({ filename: f.filename, contentType: f.contentType, content: Buffer.from(f.content) }));
      await sendMailNow({ ...row, attachments }, row.id);
      await db.outboxMessage.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      await db.outboxMessage.update({
        where: { id: row.id },
        data: {
          status: "FAILED",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts)),
        },
      });
    }
  }
  return { sent, failed };
}

/**
 * Gives claimed but unsent messages back (the process is shutting down): queued again, due now,
 * the claim's attempt not counted, so another instance sends them at once instead of after the
 * claim timeout.
 */
export async function releaseClaims(ids: string[]) {
  if (!ids.length) return;
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, status: "SENDING" },
    data: { status: "QUEUED", attempts: { decrement: 1 }, nextAttemptAt: new Date() },
  });
}
