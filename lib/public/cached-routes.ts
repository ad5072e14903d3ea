// The routes of app/[locale]/(cached), without their language: pages rendered once and served
// from the cache to every visitor. proxy.ts gives every other page a per-request nonce for its
// Content-Security-Policy; these carry a policy of hashes stored with the cached page
// (lib/security/cache-handler.mjs), and proxy.ts does not run for them at all (its matcher
// leaves them out; tests/unit/security/proxy-matcher.test.ts keeps the two in step).
// tests/unit/security/content-security-policy.test.ts keeps the list in step with the folder.
export const cachedRoutes = [
  "",
  "/contact",
  "/partnership",
  "/documents",
  "/documents/[slug]",
  "/documents/[slug]/[language]",
  "/forums",
  "/forums/[year]",
  "/forums/[year]/agenda",
  "/forums/[year]/agenda/[slug]",
  "/forums/[year]/agenda-filtered/[filters]",
  "/forums/[year]/compilation",
  "/forums/[year]/consultation",
  "/forums/[year]/consultation/phases/[number]",
  "/forums/[year]/high-level-track",
  "/forums/[year]/regional-inputs",
] as const;

const patterns = cachedRoutes.map((route) => new RegExp(`^${route.replace(/\[[^\]/]+\]/g, "[^/]+")}/?$`));

/** True for a path (after its language, e.g. "/forums/2027") that a cached page answers. */
export function isCachedPublicPath(pathWithoutLocale: string): boolean {
  return patterns.some((pattern) => pattern.test(pathWithoutLocale));
}
