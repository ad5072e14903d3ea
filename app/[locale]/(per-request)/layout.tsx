import type { ReactNode } from "react";

// Public pages rendered for each request, because what they show depends on it: the agenda's
// filters come from the query string, the policy-statements page lists the signed-in delegate's
// invitations. The cached public pages are in (cached).
export const dynamic = "force-dynamic";

export default function PerRequestPublicLayout({ children }: { children: ReactNode }) {
  return children;
}
