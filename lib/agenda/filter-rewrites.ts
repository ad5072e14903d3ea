// The agenda with filters in its query string (/en/forums/2027/agenda?track=HIGH_LEVEL&day=…) is
// served by the cached page of that combination (…/agenda-filtered/day:…,track:…), so each
// combination is rendered once. Next's router does it with these rewrites (next.config.ts), before
// any page: the proxy did it before and cost each such request 1.5-1.8 ms of CPU, twice the page
// itself (bench/README.md). Plain module: next.config.ts loads it outside the bundler.
import { locales } from "../i18n/locales";
import { filterKeys, filterValuePatterns } from "./filter-values";

/**
 * The filters one at a time, in the canonical order of the keys, each appended to the path the
 * previous ones left: the first valid filter turns …/agenda into …/agenda-filtered/day:…, each
 * later one adds ",track:…" (Next applies every beforeFiles rewrite in turn, each to the path the
 * previous ones left). An invalid value is skipped on its own; without a valid filter, the agenda
 * page itself answers. A value that does not match its pattern is ignored, as parseAgendaFilters
 * ignores it. Nine rules: Next's router tries each of them on every request (~9 µs each,
 * measured: 31 rules, one per combination, cost every page 0.25-0.3 ms).
 */
export function agendaFilterRewrites() {
  const edition = `/:locale(${locales.join("|")})/forums/:year(\\d{4})`;
  return filterKeys.flatMap((key, i) => {
    const has = [{ type: "query" as const, key, value: `(?<${key}>${filterValuePatterns[key]})` }];
    const first = { source: `${edition}/agenda`, has, destination: `/:locale/forums/:year/agenda-filtered/${key}%3A:${key}` };
    // after an earlier filter: appended (tried first, so that the rule above no longer matches)
    const after = { source: `${edition}/agenda-filtered/:filters`, has, destination: `/:locale/forums/:year/agenda-filtered/:filters,${key}%3A:${key}` };
    return i === 0 ? [first] : [after, first];
  });
}
