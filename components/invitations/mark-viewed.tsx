"use client";

import { useEffect } from "react";

/**
 * Records "viewed" with a POST once the page is shown in a browser to its signed-in addressee.
 * Mail scanners fetch pages without running scripts and without a session: they record nothing.
 */
export function MarkViewed({ action }: { action: () => Promise<unknown> }) {
  useEffect(() => {
    void action();
  }, [action]);
  return null;
}
