// The one word counter of the portal, shared by the zod schemas (the server's limit) and the live
// counters in the forms (the browser), so what the form shows is what the server enforces.
//
// Words are found by Intl.Segmenter (Unicode word boundaries, with ICU's dictionaries for
// scripts written without spaces): a Chinese sentence is its words, not one or two "runs of
// letters". Punctuation and spaces are not words; numbers are. A compound joined by a hyphen or
// an en dash with no space ("multi-stakeholder", "C1–C11") counts once, as a word processor
// counts it.

/** Hyphen-minus, hyphen, non-breaking hyphen, en dash: they join the words either side. */
const JOINERS = new Set(["-", "\u2010", "\u2011", "\u2013"]);

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  // the locale does not matter for word boundaries; a browser without Intl.Segmenter (before
  // Firefox 125) gets the fallback below instead of a broken form
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "word" }) : null;
  return segmenter;
}

/** Words as a reader counts them, in every script. */
export function countWords(text: string): number {
  const s = wordSegmenter();
  if (!s) return fallbackCount(text);
  let count = 0;
  // 0: after a non-word; 1: after a word; 2: after a word and a joiner
  let state = 0;
  for (const { segment, isWordLike } of s.segment(text)) {
    if (isWordLike) {
      if (state !== 2) count++;
      state = 1;
    } else {
      state = state === 1 && JOINERS.has(segment) ? 2 : 0;
    }
  }
  return count;
}

/**
 * Without a segmenter: each Han, kana or Hangul character counts as a word (an over-count,
 * the safe side for a live counter), other runs of letters and digits as one word each.
 */
function fallbackCount(text: string): number {
  return (
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}\p{M}]+(?:['’\-\u2010\u2011\u2013][\p{L}\p{N}\p{M}]+)*/gu)
      ?.length ?? 0
  );
}
