"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Timers further ahead than this are not set: the page will have been re-rendered by then. */
const HORIZON_MS = 24 * 3600_000;
/** Lets a cached page that was stale when served be rendered again before it is asked for anew. */
const SETTLE_MS = 1500;

/**
 * Refreshes the page (its server components only, keeping what the visitor typed or scrolled)
 * once the instant `at` has passed: a cached page showing a live status asks for a fresh render
 * when a phase starts or a window closes while it is open in a browser, or at once if it was
 * served after such an instant. Renders nothing.
 */
export function RefreshAt({ at }: { at: string | null }) {
  const router = useRouter();
  useEffect(() => {
    if (!at) return;
    const wait = Date.parse(at) - Date.now();
    if (wait > HORIZON_MS) return;
    const timer = setTimeout(() => router.refresh(), Math.max(wait, 0) + SETTLE_MS);
    return () => clearTimeout(timer);
  }, [at, router]);
  return null;
}
