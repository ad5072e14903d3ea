"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Refreshes the page's server components every `seconds` while the tab is shown, keeping what
 * the user typed: figures that other people change (the check-in counts of every desk) stay
 * live without a reload. Renders nothing.
 */
export function RefreshEvery({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds, router]);
  return null;
}
