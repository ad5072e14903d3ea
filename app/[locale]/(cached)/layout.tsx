import type { ReactNode } from "react";

// The public pages that are the same for every visitor: each is rendered at its first request,
// kept, and rendered again in the background at most once a minute (incremental static
// regeneration). "force-static" makes any read of cookies or headers below return nothing, so a
// cached page can never carry one visitor's data; pages that depend on the request (the agenda's
// query-string filters, the signed-in delegate's invitations) live in (per-request) instead.
//
// Freshness: the secretariat's actions purge every cached page at once (lib/public/cache.ts);
// what changes with the clock (the live phase status, "open now") is at most a minute old, and a
// page held open across a phase boundary refreshes itself (components/layout/refresh-at.tsx).
export const dynamic = "force-static";
export const revalidate = 60;

export default function CachedPublicLayout({ children }: { children: ReactNode }) {
  return children;
}
