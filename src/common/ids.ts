/** Global ids of the form "<kind>:<key>": parsing, validation and the Neo4j label of each kind. */

import { badUserInput } from './errors';
import { KIND_NAMES, KINDS, type Kind, type Label } from './vocabulary';

export type { Kind, Label } from './vocabulary';

/** Each id prefix and the Neo4j label (and GraphQL type) of the nodes it names (from the vocabulary). */
export const LABEL_BY_KIND = Object.fromEntries(KIND_NAMES.map((kind) => [kind, KINDS[kind].label])) as {
  readonly [K in Kind]: (typeof KINDS)[K]['label'];
};

export interface ParsedId {
  id: string;
  kind: Kind;
  key: string;
  label: Label;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const MAX_ID_LENGTH = 120;

/** The form an id of each kind must have, as told to a client whose id is malformed. */
export function describeIdForm(kind?: Kind): string {
  if (kind === 'country') return 'country:<ISO 3166-1 alpha-2 code>, e.g. country:CN';
  if (kind !== undefined) return `${kind}:<slug of lower-case letters, digits and hyphens>, e.g. ${kind}:byd`;
  return '<kind>:<key> with kind one of ' + KIND_NAMES.join(', ') + ' (e.g. country:CN, automaker:byd)';
}

/** Parses an id, or returns null when it does not have the contract's form. */
export function tryParseId(id: string): ParsedId | null {
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) return null;
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!Object.prototype.hasOwnProperty.call(KINDS, kind)) return null;
  const k = kind as Kind;
  const valid = k === 'country' ? COUNTRY_CODE.test(key) : SLUG.test(key);
  return valid ? { id, kind: k, key, label: KINDS[k].label } : null;
}

/**
 * Parses an id and checks its kind; throws BAD_USER_INPUT naming the argument, what was expected
 * and what arrived.
 */
export function parseId(id: string, argument: string, expected?: Kind | readonly Kind[]): ParsedId {
  const kinds = expected === undefined ? undefined : typeof expected === 'string' ? [expected] : expected;
  const parsed = tryParseId(id);
  if (parsed === null) {
    const form = kinds?.length === 1 ? describeIdForm(kinds[0]) : describeIdForm();
    throw badUserInput(`Argument "${argument}" must be an id of the form ${form}; got ${JSON.stringify(id)}.`, argument);
  }
  if (kinds !== undefined && !kinds.includes(parsed.kind)) {
    throw badUserInput(
      `Argument "${argument}" must be the id of ${describeKinds(kinds)}; got ${JSON.stringify(id)}.`,
      argument,
    );
  }
  return parsed;
}

/**
 * Kinds of id as words for a message, with their article: "a country", "a market or a country",
 * "an automaker, a brand or a factory".
 */
export function describeKinds(kinds: readonly Kind[]): string {
  const words = kinds.map((kind) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`;
}

/** The kind of an id already known to be valid (e.g. read from the database). */
export function kindOf(id: string): Kind {
  return id.slice(0, id.indexOf(':')) as Kind;
}
