import { checkHealth } from "@/lib/ops/health";

/**
 * For the load balancer (deploy/nginx.conf.template) and the deploy scripts: 200 when this
 * instance can serve (its database answers), 503 when it cannot or is shutting down. Says nothing
 * else about the system.
 */
export async function GET() {
  const health = await checkHealth();
  return Response.json(
    { status: health.ok ? "ok" : "unavailable", database: health.database, draining: health.draining },
    { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
