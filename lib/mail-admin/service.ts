import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Secretariat } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { copyAttachments, enqueueMail } from "@/lib/email/outbox";
import { reminderMail } from "./emails";
import { listReminderRecipients } from "./queries";
import type { ReminderKind } from "./schemas";

/**
 * Sends a message again. A failed (or stuck) message is queued again with its attempts reset; a
 * sent one is copied into a new message, so the history of the first stays as it was.
 */
export async function resendMail({ actor, messageId, now }: { actor: Secretariat; messageId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const requeued = await tx.outboxMessage.updateMany({
      where: { id: messageId, status: { in: ["FAILED", "SENDING", "QUEUED"] } },
      data: { status: "QUEUED", attempts: 0, nextAttemptAt: now, lastError: null },
    });
    let id = messageId;
    if (requeued.count === 0) {
      const sent = await tx.outboxMessage.findUnique({
        where: { id: messageId },
        select: { to: true, language: true, template: true, subject: true, text: true, html: true },
      });
      if (!sent) throw new DomainError("NOT_FOUND");
      id = (await tx.outboxMessage.create({ data: { ...sent, html: sent.html ?? undefined }, select: { id: true } })).id;
      await copyAttachments(tx, messageId, id);
    }
    await recordAuditEvent(tx, { actorId: actor.id, action: "mail.resent", entity: { type: "OutboxMessage", id: messageId }, data: { queuedAs: id } });
    return { id };
  });
}

/**
 * Mails a reminder to everyone who has not acted (as the preview listed them, recomputed now),
 * one per recipient and round: the dedupe key makes a second click, or a second member of the
 * secretariat sending the same round, mail nobody twice. Returns how many were queued.
 */
export async function sendReminders({
  actor,
  kind,
  editionId,
  round,
  now,
}: {
  actor: Secretariat;
  kind: ReminderKind;
  editionId: string;
  round: string;
  now: Date;
}) {
  const recipients = await listReminderRecipients(actor, kind, editionId, now);
  const mails = await Promise.all(
    recipients.map(async (r) => ({ ...(await reminderMail(kind, r)), dedupeKey: `reminder:${kind}:${editionId}:${round}:${r.key}` })),
  );
  return db.$transaction(async (tx) => {
    let queued = 0;
    for (const mail of mails) if (await enqueueMail(tx, mail)) queued++;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "reminder.sent",
      entity: { type: "ForumEdition", id: editionId },
      data: { kind, round, recipients: recipients.length, queued },
    });
    return { recipients: recipients.length, queued };
  });
}
