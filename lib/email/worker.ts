import "server-only";
import { deliverDueMail } from "./outbox";

let running: Promise<unknown> | null = null;
let again = false;
let stopping = false;

/** Mail claimed per round (lib/email/outbox.ts `deliverDueMail`). */
const ROUND = 25;

/**
 * Delivers due mail now. Never throws. A kick while a round is under way in this process asks for
 * one more round after it, and a full round is followed by another at once: on a deadline day
 * every submit kicks, and the mail committed meanwhile must not wait for the worker's timer (25
 * mails per 15 s). Rounds stop when one finds less than a full batch due and no kick came.
 */
export function kickOutbox(): Promise<unknown> {
  if (stopping) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  again = false;
  running = deliverDueMail({ limit: ROUND, shouldStop: () => stopping })
    .then(
      ({ sent, failed }) => sent + failed >= ROUND,
      (error) => {
        console.error("[outbox] delivery round failed:", error);
        return false;
      },
    )
    .then((full) => {
      running = null;
      if ((full || again) && !stopping) return kickOutbox();
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
