// Phases as people read them: numbered I–VI as the letters number them, with their activities
// (stored as keys, translated under the "PublicActivity" namespace).
import { PHASE_ACTIVITIES, type PhaseActivity } from "./activities";

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 -> "I", 6 -> "VI" (phases are few; up to 39). */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const known = new Set<string>(PHASE_ACTIVITIES);

/** The activities of a phase that the site knows how to name, in their stored order. */
export const phaseActivities = (activities: readonly string[]): PhaseActivity[] => activities.filter((a): a is PhaseActivity => known.has(a));

/** Parses a [number] route segment (1–99), so "/phases/x" is a 404. */
export const parsePhaseNumber = (value: string): number | null => (/^[1-9]\d?$/.test(value) ? Number(value) : null);
