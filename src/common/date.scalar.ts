/** The Date scalar of the contract: a calendar day written YYYY-MM-DD. */

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in YYYY-MM-DD form (2023-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDay(value)) {
    throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD; got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, written YYYY-MM-DD (ISO 8601), e.g. 2023-12-31.',
  serialize: (value) => {
    const text = String(value);
    return text.length >= 10 ? text.slice(0, 10) : text;
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});

/**
 * Whether something that began on `since` and ended on `until` (YYYY-MM-DD; null when not known or
 * not ended) held on `day`: begun on or before it, or with no known start, and not ended by it.
 */
export function heldOn(since: string | null, until: string | null, day: string): boolean {
  return (since === null || since.slice(0, 10) <= day) && (until === null || until.slice(0, 10) > day);
}
