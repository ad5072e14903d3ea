/**
 * The comparison key of names and titles for near-duplicate checks (`normalizedTitle`,
 * `Organisation.normalizedName`): accents and other combining marks dropped, lower case,
 * punctuation and runs of spaces folded to one space. pg_trgm then compares these keys.
 */
export function foldText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
