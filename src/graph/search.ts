/** Turns user text into a safe Lucene query for the full-text index over names. */

import { badUserInput } from '../common/errors';

export const MAX_SEARCH_TEXT = 200;
const MAX_TERMS = 8;

// Lucene's English stop words: the index drops them, so a query term made of one matches nothing.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

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
    .filter((w) => w.length > 0);
  // Stop words are dropped, except a lone one, which is the start of a word being typed ("by" → "BYD").
  const kept = words.filter((w) => !STOP_WORDS.has(w)).slice(0, MAX_TERMS);
  if (kept.length === 0) return words.length === 0 ? null : `${words[0]}*`;
  return kept.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}
