import "server-only";
import crypto from "node:crypto";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Counters live in PostgreSQL (rate-limiter-flexible's store, table "rate_limit" created by a
// Prisma migration), so every instance of the portal shares them and a restart forgets nothing.

const g = globalThis as unknown as { rateLimitPool?: Pool };

/** A small pool of its own: the limiter speaks plain SQL through pg, not through Prisma. */
function defaultPool(): Pool {
  if (!g.rateLimitPool) {
    g.rateLimitPool = new Pool({ connectionString: env().DATABASE_URL, max: 3 });
    // an idle client losing its connection must not bring the process down
    g.rateLimitPool.on("error", () => {});
  }
  return g.rateLimitPool;
}

export interface LimiterOptions {
  /** distinguishes the counters of one limit from another's in the shared table */
  keyPrefix: string;
  /** attempts allowed within the window */
  points: number;
  /** the window, in seconds */
  duration: number;
  /** a pool of the caller's (tests: a second "instance"); by default the portal's own */
  pool?: Pool;
}

export interface Limiter {
  /** Counts one attempt for `key`. */
  consume(key: string): Promise<LimitResult>;
  /** Forgets the attempts for `key` (tests, and the secretariat lifting a block). */
  reset(key: string): Promise<void>;
}

export type LimitResult =
  | { allowed: true; remaining: number }
  /** `firstRefusal`: this is the first refused attempt of the window (record it once, not per attempt) */
  | { allowed: false; firstRefusal: boolean; retryAfterSeconds: number };

/**
 * Keys are hashed: the table holds no e-mail or IP address, and a long address cannot overflow
 * the store's 255-character key.
 */
const hashKey = (key: string) => crypto.createHash("sha256").update(key).digest("base64url");

export function createLimiter({ keyPrefix, points, duration, pool }: LimiterOptions): Limiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pool ?? defaultPool(),
    storeType: "pool",
    tableName: "rate_limit",
    tableCreated: true,
    // the expired rows are removed by the limiter every five minutes; its timer is unref'd
    clearExpiredByTimeout: true,
    keyPrefix,
    points,
    duration,
  });
  return {
    async consume(key) {
      try {
        const res = await limiter.consume(hashKey(key));
        return { allowed: true, remaining: res.remainingPoints };
      } catch (error) {
        // the library rejects with its result when the limit is reached, with an Error when the store fails
        if (!(error instanceof RateLimiterRes)) throw error;
        return { allowed: false, firstRefusal: error.consumedPoints === points + 1, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
      }
    },
    async reset(key) {
      await limiter.delete(hashKey(key));
    },
  };
}
