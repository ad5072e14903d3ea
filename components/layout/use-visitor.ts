"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { HeaderSession } from "./user-menu";

/**
 * Who is signed in, where the page could not say: a cached page is rendered once for everyone and
 * passes "unknown". The browser asks Auth.js's session endpoint once per page load, and the answer
 * serves every later page of the visit (client navigations keep this module); signing in (the form
 * kit's `reload`) or out (components/auth/sign-out-form.tsx) loads a new page, which asks again.
 *
 * Not next-auth/react's SessionProvider: it asked twice on every load (its broadcast to other tabs
 * reached its own listener: nextauthjs/next-auth#10244, fix unreleased), so every view of a cached
 * page cost the app instances two requests the front cannot cache, and it asked again on every
 * page rendered per request, which already knows.
 */
let read: HeaderSession | undefined;
let asked = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface SessionAnswer {
  user?: { email?: string | null; role?: string };
}

function ask() {
  if (asked) return;
  asked = true;
  fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? (response.json() as Promise<SessionAnswer | null>) : null))
    // no answer (offline, an error): the sign-in link, as Auth.js's provider showed
    .catch(() => null)
    .then((session) => {
      read = session?.user?.email ? { kind: "user", email: session.user.email, secretariat: session.user.role === "SECRETARIAT" } : { kind: "anonymous" };
      for (const listener of listeners) listener();
    });
}

/** What the header's menu shows: what the server knew, else what the browser has read. */
export function useVisitor(initial: HeaderSession): HeaderSession {
  const known = useSyncExternalStore(
    subscribe,
    () => read,
    () => undefined,
  );
  useEffect(() => {
    if (initial.kind === "unknown") ask();
  }, [initial.kind]);
  return initial.kind === "unknown" ? (known ?? initial) : initial;
}
