import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The address of the client that sent a request, for rate limits.
 *
 * Next.js writes the connecting socket's address into X-Forwarded-For only when the request has
 * no such header. So with TRUSTED_PROXY_HOPS=0 (the portal reached directly) the single value
 * Next.js wrote is used, and a header sent by the client itself (several entries, or a value
 * that is no address) is not believed: such requests share one key, "untrusted". Behind N
 * proxies that append to the header (nginx `$proxy_add_x_forwarded_for`, a load balancer), the
 * client is the entry N places from the end; entries further left were written by the client
 * and are ignored.
 */
export function clientAddress(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const candidate = hops === 0 ? (entries.length === 1 ? entries[0] : undefined) : entries[entries.length - hops];
  const address = candidate?.replace(/^::ffff:/, "");
  return address && isIP(address) ? address : "untrusted";
}
