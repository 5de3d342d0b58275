/**
 * The dataset's content in canonical form, and its hash: the same graph always gives the same hash,
 * whatever order Neo4j returns things in and whenever it is computed.
 */

import { createHash } from 'node:crypto';
import { SEED_KINDS, type SeedKind, type SeedRecord } from '../seed';

/** Records of every kind, by kind name (e.g. "marketLinks"). */
export type DatasetContent = Record<string, SeedRecord[]>;

/** How `hash` is computed, in words (served by the API and written in docs/IMPORT.md). */
export const HASH_METHOD =
  `sha256 (lower-case hex) of the canonical JSON of the content: one key per kind of the seed format (${SEED_KINDS.map((k) => k.name).join(', ')}), ` +
  "each an array of that kind's records in the import format, sorted by their key (id, or for a relationship its ends " +
  'and kind); every object with its keys sorted, no whitespace, lists that have no order sorted; no timestamps, no ' +
  'version, no counts. The same graph always gives the same hash.';

/**
 * One record in the import format: only the kind's fields, in the table's order, a missing field as
 * null, lists without an order sorted.
 */
export function normalizeRecord(kind: SeedKind, record: SeedRecord): SeedRecord {
  const out: SeedRecord = {};
  for (const [field, rule] of Object.entries(kind.fields)) {
    const value = record[field] ?? null;
    out[field] = rule.type === 'ids' && rule.unordered === true && Array.isArray(value) ? [...value].sort(compareText) : value;
  }
  return out;
}

/** Plain code-point order (not locale order), so the result is the same on every machine. */
export function compareText(a: unknown, b: unknown): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every kind present (an empty array when it has no records), each normalized and sorted by key. */
export function normalizeContent(content: DatasetContent, kinds: readonly SeedKind[] = SEED_KINDS): DatasetContent {
  const out: DatasetContent = {};
  for (const kind of kinds) {
    const records = (content[kind.name] ?? []).map((r) => normalizeRecord(kind, r));
    out[kind.name] = records.sort((a, b) => compareText(kind.keyString(a), kind.keyString(b)));
  }
  return out;
}

/** JSON with every object's keys sorted and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash of a dataset's content (see HASH_METHOD). */
export function datasetHash(content: DatasetContent, kinds: readonly SeedKind[] = SEED_KINDS): string {
  return createHash('sha256').update(canonicalJson(normalizeContent(content, kinds)), 'utf8').digest('hex');
}

/** How many records of each kind, by kind name, in the table's order. */
export function countContent(content: DatasetContent, kinds: readonly SeedKind[] = SEED_KINDS): Record<string, number> {
  return Object.fromEntries(kinds.map((k) => [k.name, (content[k.name] ?? []).length]));
}
