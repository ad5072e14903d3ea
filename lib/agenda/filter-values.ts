// The agenda's filters and their valid values, written as the agenda's links write them: read by
// parseAgendaFilters (./filters.ts) and by the rewrites that serve each combination's cached page
// (./filter-rewrites.ts, loaded by next.config.ts outside the bundler: plain relative imports).
import { Language, Track } from "../generated/prisma/enums";

/** Each filter's valid values as a regular expression, in the canonical order of the keys. */
export const filterValuePatterns = {
  day: "\\d{4}-\\d{2}-\\d{2}",
  track: Object.values(Track).join("|"),
  actionLine: "C(?:[1-9]|1[01])",
  sdg: "[1-9]|1[0-7]",
  language: Object.values(Language).join("|"),
} as const;

export type FilterKey = keyof typeof filterValuePatterns;

/** The filters in canonical order (the order of their segment, …/agenda-filtered/day:…,track:…). */
export const filterKeys = Object.keys(filterValuePatterns) as FilterKey[];

/** A value of `key` as a whole-string regular expression. */
export const filterValuePattern = (key: FilterKey) => new RegExp(`^(?:${filterValuePatterns[key]})$`);
