/** Turns user text into a safe Lucene query for the full-text index over names. */

import { badUserInput } from '../common/errors';

export const MAX_SEARCH_TEXT = 200;
const MAX_TERMS = 8;

/**
 * Builds the Lucene query for `search(text)`. The text is split into words of letters and digits,
 * lower-cased and stripped of accents (the index uses the standard-folding analyzer), so no Lucene
 * syntax from the user survives: `byd AND (` is just the words "byd" and "and". Each word matches
 * whole (boosted) or as a prefix, so results come as you type. Returns null when no word is left.
 */
export function toLuceneQuery(text: string): string | null {
  if (text.length > MAX_SEARCH_TEXT) {
    throw badUserInput(`Argument "text" must have at most ${MAX_SEARCH_TEXT} characters; got ${text.length}.`, 'text');
  }
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  return words.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}
