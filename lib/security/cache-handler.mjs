// Next.js's cache for pages, with one addition: a cached page's response carries a
// Content-Security-Policy that allows exactly the inline scripts Next.js wrote into that page, by
// their SHA-256 hashes. Cached pages (app/[locale]/(cached)) are rendered once per revalidation
// and served to everyone from this cache, so there is no request to put a nonce in; the hashes
// are computed when a rendering is stored (and for an entry stored without them, when it is read)
// and kept with the entry's headers, which Next.js sends with every copy it serves.
//
// Where the cache lives:
// - without REDIS_URL, Next's own file-system cache (one instance: `npm start`);
// - with REDIS_URL, Redis, shared by every instance (@fortedigital/nextjs-cache-handler,
//   redis-strings): a page rendered by one instance is served by all, and a purge made on one
//   (revalidatePath after a secretariat change, lib/public/cache.ts) drops the page for all. Keys
//   carry the build id, so a new build never serves an old build's pages.
// Loaded by `next start` itself (next.config.ts `cacheHandler`), hence plain JavaScript.
import fs from "node:fs";
import path from "node:path";
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashPolicy } from "./content-security-policy.mjs";
import { inlineScriptHashes } from "./inline-scripts.mjs";

const dev = process.env.NODE_ENV === "development";

/** Adds the hash policy to a cached page (kind APP_PAGE with its HTML); other entries pass. */
function withPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || !value.html) return value;
  if (value.headers?.["content-security-policy"]) return value;
  value.headers = { ...value.headers, "content-security-policy": hashPolicy(inlineScriptHashes(value.html), dev) };
  return value;
}

/**
 * The cache class with the policy added to what it stores and reads. Each page also keeps its
 * lifetime (Next's `cacheControl`: revalidate and expire) in the entry itself: an instance that
 * reads a page another instance rendered has no lifetime of its own for it, and would serve it
 * without `Cache-Control` (so the front would not keep it). Next 16 takes the entry's lifetime
 * when `get` returns one.
 */
function withPolicies(Base) {
  return class PortalCacheHandler extends Base {
    async get(key, ctx) {
      const entry = await super.get(key, ctx);
      if (entry?.value) {
        withPolicy(entry.value);
        if (!entry.cacheControl && entry.value.entryCacheControl) entry.cacheControl = entry.value.entryCacheControl;
      }
      return entry;
    }

    async set(key, data, ctx) {
      // the policy goes on Next's own object: a page rendered for this request (a miss, or the
      // fresh rendering after a revalidation) is answered with that object's headers
      withPolicy(data);
      const value = data?.kind === "APP_PAGE" && ctx?.cacheControl ? { ...data, entryCacheControl: ctx.cacheControl } : data;
      return super.set(key, value, ctx);
    }
  };
}

/** The shared cache: one Redis connection per process, opened on first use. */
async function redisCache(url) {
  const [{ CacheHandler }, { default: createRedisHandler }, { createClient }] = await Promise.all([
    import("@fortedigital/nextjs-cache-handler"),
    import("@fortedigital/nextjs-cache-handler/redis-strings"),
    import("@redis/client"),
  ]);
  const buildIdFile = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const buildId = fs.existsSync(buildIdFile) ? fs.readFileSync(buildIdFile, "utf8").trim() : "development";
  const shared = globalThis;
  CacheHandler.onCreation(() => {
    shared.portalRedisCache ??= (async () => {
      const client = createClient({ url, pingInterval: 10_000 });
      // a lost connection is retried by the client; meanwhile reads miss (pages render afresh)
      client.on("error", (error) => console.error(`[cache] Redis: ${error.message}`));
      await client.connect();
      return { handlers: [createRedisHandler({ client, keyPrefix: `wsis:${buildId}:`, timeoutMs: 1_000 })] };
    })().catch((error) => {
      shared.portalRedisCache = undefined; // the next request tries again
      throw new Error(`[cache] cannot reach Redis at REDIS_URL: ${error.message}`);
    });
    return shared.portalRedisCache;
  });
  return CacheHandler;
}

// `next build` prerenders into its own files; only a running server uses Redis
const useRedis = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== "phase-production-build";
const Base = useRedis ? await redisCache(process.env.REDIS_URL) : (FileSystemCache.default ?? FileSystemCache);

export default withPolicies(Base);
