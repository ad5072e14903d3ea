import type { ReactNode } from "react";

// Public pages rendered for each request, because what they show depends on it: the
// policy-statements page lists the signed-in delegate's invitations. The cached public pages
// (the agenda too, one cached page per filter combination) are in (cached).
export const dynamic = "force-dynamic";

export default function PerRequestPublicLayout({ children }: { children: ReactNode }) {
  return children;
}
