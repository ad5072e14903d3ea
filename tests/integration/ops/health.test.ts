import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET } from "@/app/api/health/route";
import { checkHealth, markDraining } from "@/lib/ops/health";

// connected first: the check allows the database 2 s, which a cold connection on a busy machine
// may take by itself
beforeAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$queryRaw`SELECT 1`;
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});

// What the load balancer asks each instance (deploy/nginx.conf.template, /api/health).
describe("health check", () => {
  test("200 when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok", draining: false });
  });

  test("unhealthy when the database refuses, or does not answer within 2 s", async () => {
    expect(await checkHealth(() => Promise.reject(new Error("ECONNREFUSED")))).toMatchObject({ ok: false, database: "unreachable" });
    const started = Date.now();
    expect(await checkHealth(() => new Promise(() => {}))).toMatchObject({ ok: false, database: "unreachable" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("503 once the instance is shutting down", async () => {
    markDraining();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "ok", draining: true });
  });
});
