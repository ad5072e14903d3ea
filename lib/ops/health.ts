import "server-only";
import { db } from "@/lib/db";

/** How long the health check waits for the database before it calls the instance unhealthy. */
const DATABASE_TIMEOUT_MS = 2_000;

let draining = false;
/** From SIGTERM on, the instance reports itself unhealthy so the load balancer stops sending. */
export function markDraining() {
  draining = true;
}

/**
 * Whether this instance can serve: not shutting down, and its database answers a trivial query
 * within two seconds. Never throws.
 */
export async function checkHealth(
  probe: () => Promise<unknown> = () => db.$queryRaw`SELECT 1`,
): Promise<{ ok: boolean; database: "ok" | "unreachable"; draining: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  const query = probe().then(
    () => true,
    () => false,
  );
  const reachable = await Promise.race([query, timeout]);
  clearTimeout(timer);
  return { ok: reachable && !draining, database: reachable ? "ok" : "unreachable", draining };
}
