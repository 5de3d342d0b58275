/**
 * Reading what convertFacts needs from disk: the six files of data/facts-2026-12 and the base
 * records (seeds/*.json today, with the ISO country list until the countries part lands).
 */

import fs from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_SHORT_NAMES } from './facts.curation';
import type { BaseRecords, FactsFile, SeedRecord } from './facts.types';

countries.registerLocale(en);

/** The folder of the gathering, relative to the repository root. */
export const FACTS_DIR = path.join('data', 'facts-2026-12');

/** The six JSON files of a facts folder, in name order. */
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

/**
 * Every ISO 3166-1 country as a country record {id, code, name, sources}: the curated names first,
 * then the short names of the curation, then i18n-iso-countries. Stands in for the countries part.
 */
export function isoCountryRecords(curated: readonly SeedRecord[]): SeedRecord[] {
  const byCode = new Map(curated.map((c) => [String(c['code']), c]));
  const out: SeedRecord[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const known = byCode.get(code);
    if (known !== undefined) out.push(known);
    else out.push({ id: `country:${code}`, code, name: COUNTRY_SHORT_NAMES[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code, sources: ['source:iso-3166'] });
  }
  return out;
}

/** The base convertFacts runs against: the seeds of a folder with the full country list. */
export function readBase(seedsDir: string): BaseRecords {
  const seeds = readSeeds(seedsDir);
  return { ...seeds, countries: isoCountryRecords(seeds['countries'] ?? []) };
}
