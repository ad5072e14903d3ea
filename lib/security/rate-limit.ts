import "server-only";

// A fixed-window counter in this process's memory: enough for one server process (how the portal
// runs). Behind several processes, move it to PostgreSQL or a shared store.
const windows = new Map<string, { count: number; resetAt: number }>();

/** True when the caller may go on; false once `limit` attempts were made within the window. */
export function rateLimit(key: string, { limit, windowMs }: { limit: number; windowMs: number }, now = Date.now()): boolean {
  const current = windows.get(key);
  if (!current || current.resetAt <= now) {
    windows.set(key, { count: 1, resetAt: now + windowMs });
    if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
    return true;
  }
  current.count++;
  return current.count <= limit;
}
