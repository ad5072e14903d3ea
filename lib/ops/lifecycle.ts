import "server-only";
import { stopOutboxWorker } from "@/lib/email/worker";
import { markDraining } from "./health";

/**
 * On SIGTERM or SIGINT (a deploy, the load balancer taking the instance out) Next itself stops
 * accepting connections and finishes the requests under way; here the instance reports itself
 * unhealthy (/api/health) and the outbox worker gives back the messages it claimed but has not
 * sent, for another instance to send at once.
 */
export function drainOnShutdown() {
  const shutdown = () => {
    markDraining();
    void stopOutboxWorker().catch((error) => console.error("[outbox] stopping failed:", error));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
