import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it, vi } from "vitest";
import { filtersFromSegment, filtersToSegment } from "@/lib/agenda/filters";
import { locales } from "@/lib/i18n/locales";
import { cachedRoutes } from "@/lib/public/cached-routes";
import { config } from "@/proxy";

// The proxy must not run for the cached public pages (a shared cache keeps them for everyone:
// no cookie, no nonce), and must run for everything else it serves: paths without a language,
// pages rendered per request, not-found pages, requests with a body. The agenda with filters is a
// cached page too: next.config.ts's rewrites serve it (tests/unit/agenda/filter-rewrites.test.ts).
// next-intl's middleware imports "next/server" in a way Node's ESM loader refuses outside Next;
// only the matcher is under test here
vi.mock("next-intl/middleware", () => ({ default: () => () => null }));

const runs = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });
const example = (route: string) => route.replace("[filters]", "track:HIGH_LEVEL").replace(/\[[^\]]+\]/g, "2027");

describe("proxy matcher", () => {
  it("leaves out every cached public page in every language, with or without a trailing slash", () => {
    for (const locale of locales) {
      for (const route of cachedRoutes) {
        expect(runs(`/${locale}${example(route)}`), `${locale}${route}`).toBe(false);
        expect(runs(`/${locale}${example(route)}/`), `${locale}${route}/`).toBe(false);
      }
    }
    expect(runs("/en/forums/2027/agenda?foo=bar")).toBe(false);
  });

  it("runs for a request with a body to any page, a cached one included", () => {
    expect(runs("/en/forums/2027", { "content-length": "10" })).toBe(true);
    expect(runs("/fr", { "transfer-encoding": "chunked" })).toBe(true);
    expect(runs("/en/admin/editions", { "next-action": "abc" })).toBe(true);
  });

  it("runs for paths without a language, per-request pages and unknown paths", () => {
    for (const url of [
      "/",
      "/forums/2027",
      "/contact",
      "/de/forums",
      "/en/admin",
      "/en/admin/editions/2027",
      "/en/sign-in",
      "/en/consultation",
      "/ar/invitations/x",
      "/en/policy-statements",
      "/en/profile",
      "/en/no-such-page",
      "/en/forums/2027/unknown",
      "/en/documents/a/b/c",
    ]) {
      expect(runs(url), url).toBe(true);
    }
  });

  it("does not run for the agenda with filters: Next's own rewrites serve the cached page of the combination", () => {
    for (const key of ["day", "track", "actionLine", "sdg", "language"]) expect(runs(`/en/forums/2027/agenda?${key}=x`), key).toBe(false);
  });

  it("never runs for API routes, Next's files or files with an extension", () => {
    for (const url of ["/api/health", "/api/auth/session", "/_next/static/chunks/a.js", "/favicon.ico", "/en/forums/2027/agenda.ics"])
      expect(runs(url), url).toBe(false);
  });
});

describe("agenda filter segment", () => {
  it("round-trips the filters in canonical order and refuses every other spelling", () => {
    const segment = filtersToSegment({ track: "HIGH_LEVEL", day: "2027-07-07", sdg: 9 });
    expect(segment).toBe("day:2027-07-07,track:HIGH_LEVEL,sdg:9");
    expect(filtersFromSegment(segment)).toEqual({ day: "2027-07-07", track: "HIGH_LEVEL", sdg: 9 });
    expect(filtersFromSegment(encodeURIComponent(segment))).toEqual({ day: "2027-07-07", track: "HIGH_LEVEL", sdg: 9 });
    expect(filtersFromSegment("track:HIGH_LEVEL,day:2027-07-07")).toBeNull();
    expect(filtersFromSegment("")).toBeNull();
    expect(filtersFromSegment("track:NOPE")).toBeNull();
    expect(filtersFromSegment("%E0%A4%A")).toBeNull();
  });
});
