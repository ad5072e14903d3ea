// Runs once when a server process starts: the configuration is checked before the first request
// (a bad variable stops start-up with its name), and the mail outbox starts draining.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  env();
  const { startOutboxWorker, kickOutbox } = await import("@/lib/email/worker");
  startOutboxWorker();
  void kickOutbox();
}
