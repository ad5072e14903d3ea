import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Sends now the queued mail to these addresses, and only theirs. The test files of a run share
 * one outbox: delivering "the oldest N due messages" could leave a test's own mail behind other
 * files' (seen when a slow file ran first and queued more than N).
 */
export async function deliverMailTo(prisma: PrismaClient, ...addresses: string[]) {
  const { deliverDueMail } = await import("@/lib/email/outbox"); // after the suite has set SMTP_URL
  const queued = await prisma.outboxMessage.findMany({
    where: { to: { in: addresses, mode: "insensitive" }, status: { in: ["QUEUED", "FAILED"] } },
    select: { id: true },
  });
  return deliverDueMail({ ids: queued.map((m) => m.id), limit: Math.max(queued.length, 1) });
}
