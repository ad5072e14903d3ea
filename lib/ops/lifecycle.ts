import "server-only";
import http from "node:http";
import { stopOutboxWorker } from "@/lib/email/worker";
import { markDraining } from "./health";

/** The process's HTTP servers (Next's own), found among its active handles once they listen. */
function listeningServers(): http.Server[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((handle): handle is http.Server => handle instanceof http.Server);
}

/**
 * On SIGTERM or SIGINT (a deploy, the load balancer taking the instance out) Next itself stops
 * accepting connections and finishes the requests under way; here the instance reports itself
 * unhealthy (/api/health), the outbox worker gives back the messages it claimed but has not
 * sent, for another instance to send at once, and the keep-alive connections are closed as soon
 * as each has answered its request. Without that, Next's shutdown never ends behind a front that
 * keeps reusing its upstream connections (nginx `keepalive`): Node's `server.close()` waits for
 * every open connection, and a busy one is never idle, so the instance was killed at the end of
 * its grace period, cutting whatever it was answering then.
 */
export function drainOnShutdown() {
  // Next listens before it loads this file, or just after: look for its server until found
  let servers: http.Server[] = [];
  const find = setInterval(() => {
    servers = listeningServers();
    if (servers.length) clearInterval(find);
  }, 200);
  find.unref();

  const shutdown = () => {
    markDraining();
    clearInterval(find);
    for (const server of servers) server.keepAliveTimeout = 1; // a connection closes once its answer is sent
    const sweep = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), 100);
    sweep.unref();
    void stopOutboxWorker().catch((error) => console.error("[outbox] stopping failed:", error));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
