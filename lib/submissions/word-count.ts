/** The word limits of a contribution, shown live in the form and enforced by the schema (words as lib/text/words.ts counts them). */
export const CONTRIBUTION_BODY_MAX_WORDS = 1500;
export const SUMMARY_MAX_WORDS = 150;
