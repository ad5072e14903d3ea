import "server-only";
import { deliverDueMail } from "./outbox";

let running: Promise<unknown> | null = null;
let stopping = false;

/** Delivers due mail now, unless a round is already under way in this process. Never throws. */
export function kickOutbox(): Promise<unknown> {
  if (stopping) return Promise.resolve();
  running ??= deliverDueMail({ shouldStop: () => stopping })
    .catch((error) => console.error("[outbox] delivery round failed:", error))
    .finally(() => {
      running = null;
    });
  return running;
}

let timer: NodeJS.Timeout | undefined;

/** Started once per server process (instrumentation.ts): retries and catches what `after()` missed. */
export function startOutboxWorker(intervalMs = 15_000) {
  if (timer) return;
  timer = setInterval(() => void kickOutbox(), intervalMs);
  timer.unref();
}

/**
 * On shutdown (SIGTERM): no new round starts; the round under way finishes the message it is
 * sending and gives its other claimed messages back to the outbox for another instance.
 */
export async function stopOutboxWorker() {
  stopping = true;
  clearInterval(timer);
  timer = undefined;
  await running;
}
