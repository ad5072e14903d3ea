// The page cache's one addition (lib/security/cache-handler.mjs): a cached page carries the hash
// policy of its own inline scripts, on the copy it stores AND on the object Next answers a fresh
// rendering with (a cache miss is sent from that object, not from what was stored).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { hashPolicy } from "@/lib/security/content-security-policy.mjs";
import { inlineScriptHashes } from "@/lib/security/inline-scripts.mjs";

test("a stored page's policy is on the rendering Next sends and on the stored copy, with its lifetime", async () => {
  const { default: PortalCacheHandler } = await import("@/lib/security/cache-handler.mjs");
  const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-handler-"));
  const handler = new PortalCacheHandler({
    fs: fs,
    serverDistDir,
    dev: false,
    flushToDisk: false,
    revalidatedTags: [],
    maxMemoryCacheSize: 10_000_000,
  } as never);
  const html = `<html><body><script>self.__next_f.push([1,"x"])</script></body></html>`;
  const rendering = {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(""),
    headers: { "x-next-cache-tags": "t" } as Record<string, string>,
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  };

  await handler.set("/en/forums/2027", rendering, { cacheControl: { revalidate: 15, expire: 31536000 }, isRoutePPREnabled: false, isFallback: false });

  const expected = hashPolicy(inlineScriptHashes(html), false);
  expect(rendering.headers["content-security-policy"]).toBe(expected);
  const stored = await handler.get("/en/forums/2027", { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false });
  expect(stored?.value?.headers?.["content-security-policy"]).toBe(expected);
  expect(stored?.cacheControl).toEqual({ revalidate: 15, expire: 31536000 });
});
