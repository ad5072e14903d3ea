import type { core } from "zod";

/**
 * Lets an object's cross-field rule (`.refine`, `.superRefine`) run whenever the fields it reads
 * are valid, whatever the other fields hold. Zod skips an object's rules as soon as any field has
 * an issue, so without this the user would fix every field, submit, and only then learn about
 * the rule: every problem of a submit must come back at once.
 *
 * `.refine(rule, { path, message, ...readsValid("startDate", "endDate") })`
 */
export function readsValid(...fields: string[]): { when: (payload: core.ParsePayload) => boolean } {
  return { when: (payload) => !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0]))) };
}
