// Builds a Prisma client on PostgreSQL through the pg driver adapter (no native engine).
// The web server uses the singleton in lib/db.ts; scripts and test set-up call this directly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long transactions may take. Prisma ends an interactive transaction that outlives its
 * `timeout` from the client side, and that is not atomic: a statement already on its way can
 * reach the connection after the ROLLBACK and commit on its own (prisma/orm#29762; seen here under
 * the deadline rush as a nested write after its transaction was gone). So Prisma's timeout is
 * set far out, and PostgreSQL itself ends a transaction left idle too long: it terminates the
 * session, which rolls the whole transaction back and refuses anything sent after it.
 */
export const transactionLimits = {
  /** waiting for a pooled connection before the action answers "busy, send again" */
  maxWaitMs: 5_000,
  /** PostgreSQL's own limit on a transaction idle between statements (atomic) */
  idleInTransactionMs: 20_000,
  /** Prisma's client-side limit, beyond PostgreSQL's so that PostgreSQL's comes first */
  timeoutMs: 60_000,
};

export function createPrismaClient(url: string, poolSize = 10, limits: Partial<typeof transactionLimits> = {}): PrismaClient {
  const { maxWaitMs, idleInTransactionMs, timeoutMs } = { ...transactionLimits, ...limits };
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolSize, idle_in_transaction_session_timeout: idleInTransactionMs }),
    transactionOptions: { maxWait: maxWaitMs, timeout: timeoutMs },
  });
}
