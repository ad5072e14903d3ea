// Runs once when a server process starts: the configuration is checked before the first request
// (a bad variable stops start-up with its name), and the mail outbox starts draining. On SIGTERM
// or SIGINT (a deploy, the load balancer taking the instance out) Next itself stops accepting
// connections and finishes the requests under way; here the instance reports itself unhealthy
// and the outbox worker gives back the messages it claimed but has not sent.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  env();
  const { startOutboxWorker, kickOutbox, stopOutboxWorker } = await import("@/lib/email/worker");
  const { markDraining } = await import("@/lib/ops/health");
  startOutboxWorker();
  void kickOutbox();
  const shutdown = () => {
    markDraining();
    void stopOutboxWorker().catch((error) => console.error("[outbox] stopping failed:", error));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
