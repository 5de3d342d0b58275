/**
 * Reading what convertFacts needs from disk: the six files of data/facts-2026-12 and the base
 * records the graph already has (the seeds, the countries part's full country list and the
 * Factbook part's trade blocs).
 */

import fs from 'node:fs';
import path from 'node:path';
import { buildCountries, readM49Snapshot } from './countries';
import { buildTradeBlocs, readFactbook } from './factbook';
import type { BaseRecords, FactsFile, SeedRecord } from './facts.types';

/** The folder of the gathering, relative to the data folder. */
export const FACTS_FOLDER = 'facts-2026-12';

/** The JSON files of a facts folder, in name order. */
export function readFactsFiles(dir: string): FactsFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  if (names.length === 0) throw new Error(`readFactsFiles: expected JSON files in ${dir}, found none`);
  return names.map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as FactsFile['data'] }));
}

/** Kind names of the seed files (1.1.0 and 2.0.0). */
const SEED_FILES: Record<string, string> = {
  'sources.json': 'sources',
  'countries.json': 'countries',
  'organizations.json': 'organizations',
  'automakers.json': 'automakers',
  'brands.json': 'brands',
  'factories.json': 'factories',
  'former-operators.json': 'formerOperators',
  'markets.json': 'markets',
  'market-countries.json': 'marketCountries',
  'market-links.json': 'marketLinks',
  'figures.json': 'figures',
  'trade-measures.json': 'tradeMeasures',
  'measure-links.json': 'measureLinks',
  'company-links.json': 'companyLinks',
  'statistics-links.json': 'statisticsLinks',
  'factory-claims.json': 'factoryClaims',
};

/** The records of a seeds folder by kind name; market links of 1.1.0 get their fromId. */
export function readSeeds(dir: string): Record<string, SeedRecord[]> {
  const out: Record<string, SeedRecord[]> = {};
  for (const [file, kind] of Object.entries(SEED_FILES)) {
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) continue;
    const records = JSON.parse(fs.readFileSync(p, 'utf8')) as SeedRecord[];
    out[kind] = kind === 'marketLinks' ? records.map((r) => ('fromId' in r ? r : { fromId: r['automakerId'], ...r })) : records;
  }
  return out;
}

/** Records of one kind from several parts, the first part's record kept for an id twice given. */
function union(key: string, ...lists: readonly (readonly SeedRecord[] | undefined)[]): SeedRecord[] {
  const seen = new Set<string>();
  const out: SeedRecord[] = [];
  for (const list of lists) for (const r of list ?? []) if (!seen.has(String(r[key]))) (seen.add(String(r[key])), out.push(r));
  return out;
}

/**
 * The base convertFacts runs against: the curated seeds of a folder, every ISO country (the
 * countries part, with the curated names) and the Factbook's trade blocs with their members.
 */
export function readBase(seedsDir: string, dataDir: string): BaseRecords {
  const seeds = readSeeds(seedsDir);
  const countries = buildCountries(readM49Snapshot(dataDir)) as unknown as SeedRecord[];
  const blocs = buildTradeBlocs(readFactbook(dataDir));
  return {
    ...seeds,
    countries: union('id', seeds['countries'], countries),
    markets: union('id', seeds['markets'], blocs.markets as unknown as SeedRecord[]),
    marketCountries: [...(seeds['marketCountries'] ?? []), ...(blocs.marketCountries as unknown as SeedRecord[])],
  };
}
