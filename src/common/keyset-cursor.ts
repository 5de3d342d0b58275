/**
 * Keyset cursors: an opaque, versioned encoding of a position in an ordered list (the sort value
 * and the id of the last item seen, plus the order they belong to).
 */

import { isCalendarDay } from './date.scalar';
import { badUserInput } from './errors';
import { tryParseId, type Kind } from './ids';

/** What type a sort key has, so that a decoded value can be checked and compared in Cypher. */
export type SortKeyType = 'string' | 'number' | 'date';

/** A sort value as it travels in a cursor: dates as YYYY-MM-DD, null for "no value". */
export type SortValue = string | number | null;

/** A position in an ordered list: after the item with this sort value and id. */
export interface KeysetPosition {
  value: SortValue;
  id: string;
}

/** The order a cursor belongs to, and what its position must look like. */
export interface CursorOrder {
  /** The kind of the listed items (ids in the cursor must be of this kind). */
  kind: Kind;
  /** A tag naming the order, e.g. "factory.OPENED.ASC"; a cursor of another order is refused. */
  tag: string;
  type: SortKeyType;
  /**
   * Also accept the first cursors ("cursor:v1:<id>", from automakers ordered by id) for this order.
   * Only for orders by id ascending, where the id alone is the position.
   */
  acceptIdCursor?: boolean;
}

const PREFIX = 'cursor:v2:';
const LEGACY_PREFIX = 'cursor:v1:';
const MAX_CURSOR_LENGTH = 2000;

/**
 * Encodes a position: base64url of "cursor:v2:" and a JSON array [order tag, sort value, id].
 *
 * @example encodeKeysetCursor('factory.OPENED.ASC', '2019-12-30', 'factory:tesla-shanghai')
 */
export function encodeKeysetCursor(tag: string, value: SortValue, id: string): string {
  return Buffer.from(PREFIX + JSON.stringify([tag, value, id]), 'utf8').toString('base64url');
}

function isValidValue(value: unknown, type: SortKeyType): value is SortValue {
  if (value === null) return true;
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'date') return typeof value === 'string' && isCalendarDay(value);
  return typeof value === 'string';
}

/**
 * Decodes a cursor made by encodeKeysetCursor for the same order. Throws BAD_USER_INPUT (naming the
 * argument) for anything else: text that is not a cursor, a cursor of another order, a position
 * whose value or id has the wrong form.
 */
export function decodeKeysetCursor(cursor: string, order: CursorOrder, argument = 'after'): KeysetPosition {
  const refuse = (why: string) =>
    badUserInput(
      `Argument "${argument}" must be a cursor returned by this API for the same list and order (pageInfo.endCursor or an edge's cursor); ${why}.`,
      argument,
    );
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw refuse(`got ${JSON.stringify(String(cursor).slice(0, 100))}`);
  }
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (order.acceptIdCursor === true && text.startsWith(LEGACY_PREFIX)) {
    const id = text.slice(LEGACY_PREFIX.length);
    if (tryParseId(id)?.kind !== order.kind) throw refuse('it names no position in this list');
    return { value: id, id };
  }
  if (!text.startsWith(PREFIX)) throw refuse(`got ${JSON.stringify(cursor.slice(0, 100))}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw refuse('it is damaged');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || typeof parsed[2] !== 'string') {
    throw refuse('it is damaged');
  }
  const [tag, value, id] = parsed as [string, unknown, string];
  if (tag !== order.tag) throw refuse(`it was made for the order ${JSON.stringify(tag)}, not ${JSON.stringify(order.tag)}`);
  if (tryParseId(id)?.kind !== order.kind || !isValidValue(value, order.type)) throw refuse('it names no position in this list');
  return { value, id };
}
