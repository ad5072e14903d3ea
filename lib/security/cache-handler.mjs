// Next.js's own file-system cache for pages, with one addition: a cached page's response carries
// a Content-Security-Policy that allows exactly the inline scripts Next.js wrote into that page,
// by their SHA-256 hashes. Cached pages (app/[locale]/(cached)) are rendered once per
// revalidation and served to everyone from this cache, so there is no request to put a nonce in;
// the hashes are computed when a rendering is stored (and for an entry stored without them, when
// it is read) and kept with the entry's headers, which Next.js sends with every copy it serves.
// Loaded by `next start` itself (next.config.ts `cacheHandler`), hence plain JavaScript.
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

const Base = FileSystemCache.default ?? FileSystemCache;

export default class PortalCacheHandler extends Base {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) withPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    return super.set(key, withPolicy(data), ctx);
  }
}
