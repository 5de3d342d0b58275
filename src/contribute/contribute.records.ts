/**
 * From a mutation's input to the records it would store, in the shape of the seed files (figures.json,
 * market-links.json, factories.json, sources.json…), so that the seed rules check them and the seed
 * writes store them. Pure functions: what is stored is decided here, the database only answers
 * lookups (src/contribute/contribute.service.ts).
 */

import { defaultOf, findSeedKind, type SeedKind, type SeedRecord } from '../seed';
import type { FactoryInput, FigureInput, MarketLinkInput, SourceInput } from './contribute.input';

/** The seed kind of this name (a programming error if missing). */
export function kindNamed(name: string): SeedKind {
  const kind = findSeedKind(name);
  if (kind === undefined) throw new Error(`No seed kind named ${name}.`);
  return kind;
}

/** Today in UTC, YYYY-MM-DD: the end of a former operator's time when the input gives no day. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A date written as exactly as its precision allows: 2024-05-17 (DAY), 2024-05 (MONTH), 2024 (YEAR). */
export function dateAsPrecise(date: string, precision: string): string {
  return precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
}

/** The title a source gets when the input names none: "<publisher>, <published>". */
export function defaultTitle(publisher: string, published: string, precision: string): string {
  return `${publisher}, ${dateAsPrecise(published, precision)}`;
}

/** Strings trimmed (lists of strings too); anything else as it is. */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  return value;
}

/** `list` with `item` at the end unless it holds it already: sources are added, never dropped or repeated. */
export function withSource(list: unknown, item: string): string[] {
  const sources = Array.isArray(list) ? list.map(String) : [];
  return sources.includes(item) ? sources : [...sources, item];
}

/** The record a source input would store under `id` (when the graph has no source with its url). */
export function sourceRecordOf(input: SourceInput, id: string): SeedRecord {
  const publisher = input.publisher.trim();
  const publishedPrecision = input.publishedPrecision ?? 'DAY';
  const title = input.title === null || input.title === undefined ? defaultTitle(publisher, input.published, publishedPrecision) : input.title.trim();
  return { id, publisher, title, url: input.url.trim(), published: input.published, publishedPrecision, kind: input.kind ?? 'NEWS' };
}

/**
 * The fields of `kind` that the input gives (not null), strings trimmed; `skip` names fields the
 * input does not set itself (ids made elsewhere, sources). A date given without its precision
 * takes DAY, as a source's publication date does.
 */
export function givenFields(kind: SeedKind, input: object, skip: readonly string[] = []): SeedRecord {
  const values = input as Record<string, unknown>;
  const given: SeedRecord = {};
  for (const field of Object.keys(kind.fields)) {
    if (skip.includes(field) || values[field] === null || values[field] === undefined) continue;
    given[field] = trimmed(values[field]);
  }
  for (const field of Object.keys(given)) {
    const precision = `${field}Precision`;
    if (precision in kind.fields && !(precision in given) && !skip.includes(precision)) given[precision] = 'DAY';
  }
  return given;
}

/** A new record of `kind`: every field at its default (null, an empty list; absent when required), then `values`. */
export function newRecord(kind: SeedKind, values: SeedRecord): SeedRecord {
  const record: SeedRecord = {};
  for (const [field, rule] of Object.entries(kind.fields)) {
    const value = field in values ? values[field] : defaultOf(rule);
    if (value !== undefined) record[field] = value;
  }
  return record;
}

/** `stored` with the given fields set (the rest kept), in the kind's field order. */
export function updatedRecord(kind: SeedKind, stored: SeedRecord, values: SeedRecord): SeedRecord {
  const record: SeedRecord = {};
  for (const field of Object.keys(kind.fields)) record[field] = field in values ? values[field] : (stored[field] ?? null);
  return record;
}

/** The figure an input would store: `id` made or given, the destination resolved to a market, the source's id. */
export function figureRecordOf(input: FigureInput, resolved: { id: string; destinationId: string | null; sourceId: string }): SeedRecord {
  const kind = kindNamed('figures');
  return newRecord(kind, {
    doubtful: false,
    ...givenFields(kind, input, ['id', 'destinationId', 'sourceId']),
    id: resolved.id,
    destinationId: resolved.destinationId,
    sourceId: resolved.sourceId,
  });
}

/**
 * The company–market link an input would store: a new one with every field (status ACTIVE unless
 * given), or the stored one with the given fields set; either way with the source added.
 */
export function marketLinkRecordOf(input: MarketLinkInput, marketId: string, sourceId: string, stored: SeedRecord | null): SeedRecord {
  const kind = kindNamed('marketLinks');
  const given = { ...givenFields(kind, input, ['marketId', 'sources']), marketId };
  if (stored === null) return newRecord(kind, { status: 'ACTIVE', ...given, sources: [sourceId] });
  return updatedRecord(kind, stored, { ...given, sources: withSource(stored['sources'], sourceId) });
}

/** The factory an input would store, the former operator it leaves when its operator changes, and the evidence of both links. */
export interface FactoryChange {
  factory: SeedRecord;
  /** A formerOperators record (OPERATED) for the operator that is replaced; null when none is. */
  formerOperator: SeedRecord | null;
  /** Sources of LOCATED_IN: the stored ones for the same country, and the new source. */
  locationSources: string[];
  /** Sources of OPERATES: the stored ones for the same operator, and the new source. */
  operatorSources: string[];
}

/** The sources of a relationship a stored record owns (`type`: "LOCATED_IN", "<OPERATES"), from the kind's `rels` as read back. */
export function evidenceOf(rels: readonly unknown[], type: string): string[] {
  const rel = rels.find((r) => Array.isArray(r) && r[0] === type) as [string, string, unknown] | undefined;
  return Array.isArray(rel?.[2]) ? rel[2].map(String) : [];
}

/**
 * The factory an input would store. New: every field, from the input. Stored: the given fields set
 * and the source added. A different automakerId moves the stored operator to a former operator whose
 * time ends on the new operatedSince (or `now`), with the old evidence and the new source; the new
 * operator's operatedSince is then the input's (not the old operator's).
 */
export function factoryChangeOf(
  input: FactoryInput,
  sourceId: string,
  stored: { record: SeedRecord; rels: readonly unknown[] } | null,
  now: string = today(),
): FactoryChange {
  const kind = kindNamed('factories');
  const given = givenFields(kind, input, ['sources']);
  if (stored === null) {
    const factory = newRecord(kind, { ...given, sources: [sourceId] });
    return { factory, formerOperator: null, locationSources: [sourceId], operatorSources: [sourceId] };
  }

  const before = stored.record;
  const newOperator = typeof given['automakerId'] === 'string' && given['automakerId'] !== before['automakerId'];
  const newCountry = typeof given['countryId'] === 'string' && given['countryId'] !== before['countryId'];
  const operatedSince = newOperator ? { operatedSince: given['operatedSince'] ?? null, operatedSincePrecision: given['operatedSincePrecision'] ?? null } : {};
  const factory = updatedRecord(kind, before, { ...given, ...operatedSince, sources: withSource(before['sources'], sourceId) });
  const change = {
    factory,
    formerOperator: null,
    locationSources: newCountry ? [sourceId] : withSource(evidenceOf(stored.rels, 'LOCATED_IN'), sourceId),
    operatorSources: newOperator ? [sourceId] : withSource(evidenceOf(stored.rels, '<OPERATES'), sourceId),
  };
  if (!newOperator || typeof before['automakerId'] !== 'string') return change;
  const formerOperator = newRecord(kindNamed('formerOperators'), {
    factoryId: before['id'],
    automakerId: before['automakerId'],
    since: before['operatedSince'] ?? null,
    sincePrecision: before['operatedSincePrecision'] ?? null,
    until: given['operatedSince'] ?? now,
    untilPrecision: given['operatedSince'] !== undefined ? given['operatedSincePrecision'] : 'DAY',
    sources: withSource(evidenceOf(stored.rels, '<OPERATES'), sourceId),
  });
  return { ...change, formerOperator };
}

/** A country's own market, as the seed build makes it (kind COUNTRY), and its INCLUDES of the country. */
export function ownMarketRecordsOf(marketId: string, country: { id: string; name: string }, sourceId: string): { market: SeedRecord; includes: SeedRecord } {
  return {
    market: newRecord(kindNamed('markets'), { id: marketId, name: country.name, kind: 'COUNTRY', sources: [sourceId] }),
    includes: newRecord(kindNamed('marketCountries'), { marketId, countryId: country.id, sources: [sourceId] }),
  };
}
