// The agenda's filters live in the query string (?day=2020-04-07&track=HIGH_LEVEL&actionLine=C5
// &sdg=9&language=fr), so they work without JavaScript, can be bookmarked and shared. An unknown
// or malformed value is ignored rather than answered with an error.
import { z } from "zod";
import { Language, Track } from "@/lib/generated/prisma/enums";
import { genevaParts, GENEVA } from "@/lib/time/geneva";
import { filterKeys, filterValuePattern as pattern } from "./filter-values";
import type { AgendaSessionView } from "./snapshot";

// each value as filtersToSegment writes it (the rewrites of next.config.ts match the same patterns)
const filtersSchema = {
  day: z.string().regex(pattern("day")),
  track: z.enum(Track),
  actionLine: z.string().regex(pattern("actionLine")),
  sdg: z.string().regex(pattern("sdg")).transform(Number),
  language: z.enum(Language),
};

export type AgendaFilters = { [K in keyof typeof filtersSchema]?: z.infer<(typeof filtersSchema)[K]> };
export { filterKeys };

type SearchParams = Record<string, string | string[] | undefined>;

/** The valid filters of a query string; each invalid one is dropped on its own. */
export function parseAgendaFilters(params: SearchParams): AgendaFilters {
  const filters: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = filtersSchema[key].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as AgendaFilters;
}

/** "2020-04-07": the Geneva calendar day of an instant, as the `day` filter writes it. */
export function genevaDayKey(instant: Date, timeZone = GENEVA): string {
  const p = genevaParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The sessions that pass every filter given (a session with no stated languages passes none). */
export function filterSessions<S extends AgendaSessionView>(sessions: readonly S[], filters: AgendaFilters, timeZone = GENEVA): S[] {
  return sessions.filter(
    (s) =>
      (!filters.day || genevaDayKey(s.startsAt, timeZone) === filters.day) &&
      (!filters.track || s.track === filters.track) &&
      (!filters.actionLine || s.actionLines.includes(filters.actionLine)) &&
      (!filters.sdg || s.sdgs.includes(filters.sdg)) &&
      (!filters.language || s.languages.includes(filters.language)),
  );
}

/** Sessions grouped by Geneva day, days and sessions in time order. */
export function groupByDay<S extends AgendaSessionView>(sessions: readonly S[], timeZone = GENEVA): { day: string; sessions: S[] }[] {
  const days = new Map<string, S[]>();
  for (const s of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const key = genevaDayKey(s.startsAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return [...days].map(([day, list]) => ({ day, sessions: list }));
}

/** The query string of a set of filters ("" when none), in a stable order. */
export function filtersToQuery(filters: AgendaFilters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A `day` key as a calendar day (midnight UTC), for formatCalendarDay. */
export const dayKeyToDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * The filters as one path segment ("day:2027-07-07,track:HIGH_LEVEL", keys in canonical order),
 * for the cached page of each filter combination; "" without filters.
 */
export function filtersToSegment(filters: AgendaFilters): string {
  return filterKeys.flatMap((key) => (filters[key] === undefined ? [] : [`${key}:${filters[key]}`])).join(",");
}

/**
 * The filters of a segment written by filtersToSegment; null unless it is exactly the canonical
 * segment of at least one valid filter (so each combination has one address, one cache entry).
 */
export function filtersFromSegment(segment: string): AgendaFilters | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const params = Object.fromEntries(decoded.split(",").map((pair) => [pair.slice(0, pair.indexOf(":")), pair.slice(pair.indexOf(":") + 1)]));
  const filters = parseAgendaFilters(params);
  const canonical = filtersToSegment(filters);
  return canonical && canonical === decoded ? filters : null;
}
