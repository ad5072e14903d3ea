// Types for the page cache handler (plain JavaScript, loaded by `next start` itself).
export interface CachedValue {
  kind: string;
  html?: string;
  headers?: Record<string, string | string[] | undefined>;
  [key: string]: unknown;
}
export interface CacheEntry {
  value: CachedValue | null;
  cacheControl?: { revalidate: number | false; expire?: number };
  lastModified?: number;
}
export default class PortalCacheHandler {
  constructor(options: Record<string, unknown>);
  get(key: string, ctx: Record<string, unknown>): Promise<CacheEntry | null>;
  set(key: string, data: CachedValue | null, ctx: Record<string, unknown>): Promise<void>;
}
