/** Words as a reader counts them: runs of letters or digits (shared by the live counter and the server). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-–]*/gu)?.length ?? 0;
}

/** The word limits of a contribution, shown live in the form and enforced by the schema. */
export const CONTRIBUTION_BODY_MAX_WORDS = 1500;
export const SUMMARY_MAX_WORDS = 150;
