// The agenda's filters go from the query string to the cached page of their combination through
// the rewrites of next.config.ts. Here they are applied as Next's router applies beforeFiles
// rewrites (its own path matcher, `has` matcher and destination builder, every rule in order, each
// on the path the previous ones left; next/experimental/testing's helper drops the values a `has`
// captures, which the router keeps). Every mix of absent, valid and invalid filters (3^5) must land
// on the page parseAgendaFilters + filtersToSegment name (what the proxy computed before, and what
// the page reads back). The e2e public-site tests go through the real server.
import type { IncomingMessage } from "node:http";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { agendaFilterRewrites } from "@/lib/agenda/filter-rewrites";
import { filterKeys, filtersFromSegment, filtersToSegment, parseAgendaFilters } from "@/lib/agenda/filters";

const rules = agendaFilterRewrites();
const valid = { day: "2027-07-07", track: "HIGH_LEVEL", actionLine: "C11", sdg: "17", language: "zh" };
const invalid = { day: "2027-7-7", track: "BOGUS", actionLine: "C12", sdg: "09", language: "de" };

/** The path the router serves for `url` (its own when no rewrite applies). */
function served(url: string) {
  const parsed = new URL(url, "https://wsis.test");
  const query = Object.fromEntries(parsed.searchParams);
  const request = { headers: {}, url } as IncomingMessage;
  let pathname = parsed.pathname;
  for (const rule of rules) {
    // as next/dist/server/server-utils.js checks a rewrite
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true, sensitive: false })(pathname);
    const captured = params && matchHas(request, query, rule.has);
    if (!params || !captured) continue;
    pathname = prepareDestination({ appendParamsToQuery: true, destination: rule.destination, params: { ...params, ...captured }, query }).parsedDestination
      .pathname!;
  }
  return decodeURIComponent(pathname);
}

describe("agenda filter rewrites", () => {
  it("serve every mix of absent, valid and invalid filters from the page of its valid ones", () => {
    const mixes: Record<string, string>[] = [{}];
    for (const key of filterKeys) {
      const next: Record<string, string>[] = [];
      for (const mix of mixes) next.push(mix, { ...mix, [key]: valid[key] }, { ...mix, [key]: invalid[key] });
      mixes.splice(0, mixes.length, ...next);
    }
    expect(mixes).toHaveLength(3 ** filterKeys.length);
    for (const mix of mixes) {
      // the query in another order than the canonical one
      const query = new URLSearchParams(Object.entries(mix).reverse()).toString();
      const segment = filtersToSegment(parseAgendaFilters(mix));
      const expected = segment ? `/fr/forums/2027/agenda-filtered/${segment}` : "/fr/forums/2027/agenda";
      expect(served(`https://wsis.test/fr/forums/2027/agenda?${query}`), query).toBe(expected);
      if (segment) expect(filtersFromSegment(segment), query).toEqual(parseAgendaFilters(mix));
    }
  });

  it("take each filter's values as the agenda's links write them, and nothing else", () => {
    const values: Record<string, { accepted: string[]; refused: string[] }> = {
      day: { accepted: ["2027-07-07", "2020-04-10"], refused: ["2027-7-07", "27-07-07", "2027-07-07x", "07-07-2027"] },
      track: { accepted: ["HIGH_LEVEL", "FORUM"], refused: ["high_level", "FORUMS", "HIGH LEVEL"] },
      actionLine: { accepted: ["C1", "C9", "C10", "C11"], refused: ["C0", "C12", "C01", "c5", "C"] },
      sdg: { accepted: ["1", "9", "10", "17"], refused: ["0", "18", "09", "1.0", "-1", " 9"] },
      language: { accepted: ["ar", "zh", "en", "fr", "ru", "es"], refused: ["de", "EN", "e"] },
    };
    for (const [key, { accepted, refused }] of Object.entries(values)) {
      for (const value of [...accepted, ...refused]) {
        const expected = accepted.includes(value);
        expect(Object.keys(parseAgendaFilters({ [key]: value })).length === 1, `parse ${key}=${value}`).toBe(expected);
        expect(served(`/en/forums/2027/agenda?${key}=${encodeURIComponent(value)}`).includes("agenda-filtered"), `rewrite ${key}=${value}`).toBe(expected);
      }
    }
  });

  it("only for the agenda of an edition, in one of the six languages", () => {
    for (const url of [
      "/de/forums/2027/agenda?track=FORUM",
      "/en/forums/abc/agenda?track=FORUM",
      "/en/forums/2027/agenda/x?track=FORUM",
      "/en/forums/2027?track=FORUM",
    ])
      expect(served(`https://wsis.test${url}`), url).toBe(url.split("?")[0]);
  });
});
