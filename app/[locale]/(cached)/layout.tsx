import type { ReactNode } from "react";

// The public pages that are the same for every visitor: each is rendered at its first request,
// kept (shared by every instance through Redis when REDIS_URL is set), and rendered again in the
// background at most every 15 seconds (incremental static regeneration). "force-static" makes
// any read of cookies or headers below return nothing, so a cached page can never carry one
// visitor's data; pages that depend on the request (the signed-in delegate's invitations) live in
// (per-request) instead. proxy.ts does not run for these pages.
//
// Freshness: the secretariat's actions purge every cached page of every instance at once
// (lib/public/cache.ts). The answer says `Cache-Control: s-maxage=15, stale-while-revalidate`,
// so a shared cache in front (deploy/nginx.conf.template) keeps a page 15 s and then refreshes it
// in the background: a change shows there within about 15 s. What changes with the clock (the
// live phase status, "open now") is as fresh, and a page held open across a phase boundary
// refreshes itself (components/layout/refresh-at.tsx).
export const dynamic = "force-static";
export const revalidate = 15;

export default function CachedPublicLayout({ children }: { children: ReactNode }) {
  return children;
}
