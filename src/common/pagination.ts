/** Relay-style pagination: page sizes and opaque cursors. */

import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Checks `first` (1 to max); throws BAD_USER_INPUT saying what was expected and what arrived. */
export function getValidPageSize(
  first: number | null | undefined,
  argument = 'first',
  fallback = DEFAULT_PAGE_SIZE,
  max = MAX_PAGE_SIZE,
): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`Argument "${argument}" must be an integer from 1 to ${max}; got ${first}.`, argument);
  }
  return first;
}

/** Nested lists (a country's factories, a market's countries…): at most this many items per parent. */
export const DEFAULT_LIST_SIZE = 100;
export const MAX_LIST_SIZE = 1000;

/** The description of the `first` argument of every nested list field. */
export const LIST_FIRST_DESCRIPTION = `At most this many items, 1 to ${MAX_LIST_SIZE} (default ${DEFAULT_LIST_SIZE}), in the list's order.`;

/** Checks the `first` of a nested list (1 to 1000, default 100); throws BAD_USER_INPUT outside. */
export function getValidListSize(first: number | null | undefined, argument = 'first'): number {
  return getValidPageSize(first, argument, DEFAULT_LIST_SIZE, MAX_LIST_SIZE);
}

const CURSOR_PREFIX = 'cursor:v1:';

/**
 * A cursor is opaque to clients (base64url of a versioned key) so that the ordering behind it can
 * change without breaking them.
 */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; throws BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string, argument = 'after'): string {
  const text = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length) {
    throw badUserInput(
      `Argument "${argument}" must be a cursor returned by this API (pageInfo.endCursor or an edge's cursor); got ${JSON.stringify(cursor)}.`,
      argument,
    );
  }
  return text.slice(CURSOR_PREFIX.length);
}
