/** Checks the values of list filters and collects their fixed Cypher conditions and parameters. */

import type { FilterClause } from './connection';
import { badUserInput } from './errors';
import { parseId, type Kind } from './ids';

export const MAX_FILTER_IDS = 100;
export const MAX_FILTER_TEXT = 200;

/** A clause that matches everything: no conditions yet. */
export function emptyClause(): FilterClause {
  return { conditions: [], params: {} };
}

/** Adds one fixed condition (written in code) and the parameters it reads. */
export function addCondition(clause: FilterClause, condition: string, params: Record<string, unknown>): void {
  clause.conditions.push(condition);
  Object.assign(clause.params, params);
}

/** A set id of the given kind(s), or null when unset; throws BAD_USER_INPUT naming the field when malformed. */
export function validFilterId(id: string | null | undefined, argument: string, kind: Kind | readonly Kind[]): string | null {
  return id === null || id === undefined ? null : parseId(id, argument, kind).id;
}

/**
 * A set list of ids (at most 100, each of the given kind(s)), de-duplicated, or null when unset.
 * Throws BAD_USER_INPUT naming the field and the position of a malformed id.
 */
export function validFilterIds(
  ids: readonly string[] | null | undefined,
  argument: string,
  kind: Kind | readonly Kind[],
): string[] | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length > MAX_FILTER_IDS) {
    throw badUserInput(`Argument "${argument}" takes at most ${MAX_FILTER_IDS} ids; got ${ids.length}.`, argument);
  }
  return [...new Set(ids.map((id, i) => parseId(id, `${argument}[${i}]`, kind).id))];
}

/** A set text to look for (trimmed, 1 to 200 characters), or null when unset. */
export function validFilterText(text: string | null | undefined, argument: string): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_FILTER_TEXT) {
    throw badUserInput(
      `Argument "${argument}" must have 1 to ${MAX_FILTER_TEXT} characters besides spaces; got ${trimmed.length}.`,
      argument,
    );
  }
  return trimmed;
}

/** Checks that a date range is not backwards (both ends are YYYY-MM-DD, checked by the Date scalar). */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined, argument: string): void {
  if (from !== null && from !== undefined && to !== null && to !== undefined && from > to) {
    throw badUserInput(`Argument "${argument}" is a range that ends (${to}) before it starts (${from}).`, argument);
  }
}

/** A set list of enum values, de-duplicated, or null when unset. */
export function validEnumList<T>(values: readonly T[] | null | undefined): T[] | null {
  return values === null || values === undefined ? null : [...new Set(values)];
}
