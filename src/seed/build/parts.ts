/**
 * The inputs of the seed build as parts: the curated records and the open datasets, each as the
 * records of some kinds and what it left out, and how the records of several parts merge.
 */

import fs from 'node:fs';
import path from 'node:path';
import { SEED_KINDS, type SeedKind, type SeedRecord } from '../seed.kinds';
import { buildCountries, countrySources, readM49Snapshot } from './countries';
import { buildTradeBlocs, readFactbook } from './factbook';
import { buildOicaFigures, oicaOrganization, oicaSources, readOica } from './oica';
import { DEFAULT_DATA_DIR, type LeftOut } from './records';

/** Where the curated records live inside data/: one file per kind, in the seed format. */
export const CURATED_DIR = 'curated';

/** Records of some kinds, by kind name (e.g. "figures"). */
export type RecordsByKind = Record<string, SeedRecord[]>;

/** One input of the build: its name (in LEFT-OUT.md), its records, and what it left out. */
export interface BuildPart {
  name: string;
  records: RecordsByKind;
  leftOut: LeftOut[];
}

/** The curated records: data/curated/<file> for every seed kind (a missing file is an error). */
export function readCurated(dataDir: string = DEFAULT_DATA_DIR): BuildPart {
  const records: RecordsByKind = {};
  for (const kind of SEED_KINDS) {
    const file = path.join(dataDir, CURATED_DIR, kind.file);
    if (!fs.existsSync(file)) throw new Error(`Expected the curated records of ${kind.name} in ${file}; the file is missing.`);
    records[kind.name] = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedRecord[];
  }
  return { name: 'curated records (data/curated)', records, leftOut: [] };
}

/** The open datasets (ISO 3166 with UN M49, the World Factbook's trade blocs, OICA), each as a part. */
export function readDatasets(dataDir: string = DEFAULT_DATA_DIR): BuildPart[] {
  const blocs = buildTradeBlocs(readFactbook(dataDir));
  const oica = buildOicaFigures(readOica(dataDir));
  return [
    {
      name: 'ISO 3166 countries with UN M49 regions (i18n-iso-countries, data/m49)',
      records: { countries: buildCountries(readM49Snapshot(dataDir)) as unknown as SeedRecord[], sources: countrySources() as unknown as SeedRecord[] },
      leftOut: [],
    },
    {
      name: 'Trade blocs of The World Factbook (data/factbook)',
      records: {
        markets: blocs.markets as unknown as SeedRecord[],
        marketCountries: blocs.marketCountries as unknown as SeedRecord[],
        sources: blocs.sources as unknown as SeedRecord[],
      },
      leftOut: blocs.leftOut,
    },
    {
      name: 'OICA production and sales (data/oica)',
      records: {
        figures: oica.figures as unknown as SeedRecord[],
        organizations: [oicaOrganization(), ...oica.organizations] as unknown as SeedRecord[],
        sources: [...oicaSources(), ...oica.sources] as unknown as SeedRecord[],
      },
      leftOut: oica.leftOut,
    },
  ];
}

const LIST_FIELDS = new Set(['sources', 'products', 'models', 'channels', 'roles']);

/**
 * Merges the records of one kind from several parts, in order: records with the same key become one,
 * whose `sources` (and other list fields) are the union, sorted, and whose other fields keep the
 * first non-null value; a later part's different non-null value is reported as a conflict.
 */
export function mergeKind(kind: SeedKind, lists: readonly SeedRecord[][], conflicts: string[]): SeedRecord[] {
  const byKey = new Map<string, SeedRecord>();
  for (const list of lists) {
    for (const record of list) {
      const key = kind.keyString(record);
      const kept = byKey.get(key);
      if (kept === undefined) {
        byKey.set(key, { ...record });
        continue;
      }
      for (const field of Object.keys(kind.fields)) {
        const value = record[field];
        if (LIST_FIELDS.has(field) && Array.isArray(value)) {
          const union = new Set([...((kept[field] as unknown[]) ?? []), ...value]);
          kept[field] = field === 'sources' ? [...union].sort() : [...union];
        } else if (kept[field] === null || kept[field] === undefined) {
          kept[field] = value;
        } else if (value !== null && value !== undefined && JSON.stringify(value) !== JSON.stringify(kept[field])) {
          conflicts.push(`${kind.name} ${key} field "${field}": kept ${JSON.stringify(kept[field])}, not ${JSON.stringify(value)}`);
        }
      }
    }
  }
  return [...byKey.values()];
}

/** The records of several parts merged kind by kind (see mergeKind), with the conflicts they had. */
export function mergeParts(parts: readonly BuildPart[], conflicts: string[] = []): RecordsByKind {
  const out: RecordsByKind = {};
  for (const kind of SEED_KINDS) out[kind.name] = mergeKind(kind, parts.map((part) => part.records[kind.name] ?? []), conflicts);
  return out;
}
