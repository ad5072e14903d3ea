// The agenda with filters in its query string (/en/forums/2027/agenda?track=HIGH_LEVEL&day=…) is
// served by the cached page of that combination (…/agenda-filtered/day:…,track:…), so each
// combination is rendered once. Next's router does it with these rewrites (next.config.ts), before
// any page: the proxy did it before and cost each such request 1.5-1.8 ms of CPU, twice the page
// itself (bench/README.md). Plain module: next.config.ts loads it outside the bundler.
import { Language, Track } from "../generated/prisma/enums";
import { locales } from "../i18n/locales";

/**
 * Each filter's valid values as a regular expression, written as filtersToSegment writes them (the
 * same rules as parseAgendaFilters in ./filters.ts; a unit test holds the two together). A value
 * that does not match is ignored, as parseAgendaFilters ignores it.
 */
export const filterValuePatterns = {
  day: "\\d{4}-\\d{2}-\\d{2}",
  track: Object.values(Track).join("|"),
  actionLine: "C(?:[1-9]|1[01])",
  sdg: "[1-9]|1[0-7]",
  language: Object.values(Language).join("|"),
} as const;

type FilterKey = keyof typeof filterValuePatterns;
const keys = Object.keys(filterValuePatterns) as FilterKey[];

/** Every non-empty set of filters, the largest first, each in the canonical order of the keys. */
function combinations(): FilterKey[][] {
  const all = Array.from({ length: 2 ** keys.length - 1 }, (_, i) => keys.filter((_, k) => ((i + 1) >> k) & 1));
  return all.sort((a, b) => b.length - a.length);
}

/**
 * One rewrite per combination, the largest first: the first whose filters are all present and valid
 * rewrites the path, and the rewritten path matches no later source, so a request gets the largest
 * set of its valid filters (an invalid one is dropped on its own). Without a valid filter, the
 * agenda page itself answers.
 */
export function agendaFilterRewrites() {
  const source = `/:locale(${locales.join("|")})/forums/:year(\\d{4})/agenda`;
  return combinations().map((set) => ({
    source,
    has: set.map((key) => ({ type: "query" as const, key, value: `(?<${key}>${filterValuePatterns[key]})` })),
    destination: `/:locale/forums/:year/agenda-filtered/${set.map((key) => `${key}%3A:${key}`).join(",")}`,
  }));
}
