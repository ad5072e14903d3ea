// Runs once when a server process starts: the configuration is checked before the first request
// (a bad variable stops start-up with its name), the mail outbox starts draining, and a shutdown
// signal drains the instance (lib/ops/lifecycle.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  env();
  const { startOutboxWorker, kickOutbox } = await import("@/lib/email/worker");
  const { drainOnShutdown } = await import("@/lib/ops/lifecycle");
  startOutboxWorker();
  void kickOutbox();
  drainOnShutdown();
}
