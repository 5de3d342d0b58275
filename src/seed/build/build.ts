/**
 * The seed build: data/ (curated records and the open datasets) → the records of seeds/, merged,
 * validated and sorted, with every input record that was left out and why. `npm run seeds:build`
 * writes them; a unit test checks that the committed seeds/ is what the build makes.
 */

import fs from 'node:fs';
import path from 'node:path';
import { findSeedKind, SEED_KINDS, type SeedKind, type SeedRecord } from '../seed.kinds';
import { validateSeedData } from '../validate';
import { buildCountries, countrySources, readM49Snapshot } from './countries';
import { buildTradeBlocs, readFactbook } from './factbook';
import { buildOicaFigures, oicaOrganization, oicaSources, readOica } from './oica';
import { DEFAULT_DATA_DIR, type LeftOut } from './records';

/** Where the curated records live inside data/: one file per kind, in the seed format. */
export const CURATED_DIR = 'curated';

/** The file in data/ (copied to seeds/) that names the dataset version. */
export const DATASET_FILE = 'dataset.json';

/** Records of some kinds, by kind name (e.g. "figures"). */
export type RecordsByKind = Record<string, SeedRecord[]>;

/** One input of the build: its name (in LEFT-OUT.md), its records, and what it left out. */
export interface BuildPart {
  name: string;
  records: RecordsByKind;
  leftOut: LeftOut[];
}

/** What the build makes: the records of every seed file (validated, sorted), and what each part left out. */
export interface SeedBuild {
  version: string;
  files: Record<string, SeedRecord[]>;
  leftOut: { part: string; entries: LeftOut[] }[];
  /** Fields where two parts disagreed on one record; the first part's value was kept. */
  conflicts: string[];
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

/** A record with its fields in the kind's order (the order seeds/README.md documents). */
function ordered(kind: SeedKind, record: SeedRecord): SeedRecord {
  return Object.fromEntries(Object.keys(kind.fields).map((field) => [field, record[field] ?? null]));
}

/** Merges the parts kind by kind, validates the result as seeding would, and sorts every file by key. */
export function assemble(version: string, parts: readonly BuildPart[]): SeedBuild {
  const conflicts: string[] = [];
  const raw: Record<string, SeedRecord[]> = {};
  for (const kind of SEED_KINDS) {
    const merged = mergeKind(
      kind,
      parts.map((part) => part.records[kind.name] ?? []),
      conflicts,
    ).map((record) => ordered(kind, record));
    raw[kind.file] = merged.sort((a, b) => compare(kind.keyString(a), kind.keyString(b)));
  }
  for (const part of parts) {
    for (const name of Object.keys(part.records)) {
      if (findSeedKind(name) === undefined) throw new Error(`${part.name} gave records of an unknown kind ${JSON.stringify(name)}.`);
    }
  }
  const files = validateSeedData(raw);
  return { version, files, leftOut: parts.map((part) => ({ part: part.name, entries: part.leftOut })), conflicts };
}

/** Builds the seeds from a data folder: curated records first (they win a disagreement), then the datasets. */
export function buildSeeds(dataDir: string = DEFAULT_DATA_DIR): SeedBuild {
  const version = (JSON.parse(fs.readFileSync(path.join(dataDir, DATASET_FILE), 'utf8')) as { dataset: { version: string } }).dataset.version;
  return assemble(version, [readCurated(dataDir), ...readDatasets(dataDir)]);
}

// Plain code-unit order: the same on every machine, whatever its locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A seed file's text: a JSON array with one record per line, so that a change shows as a line in review. */
export function renderSeedFile(records: readonly SeedRecord[]): string {
  return records.length === 0 ? '[]\n' : `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

/** seeds/LEFT-OUT.md: every input record the build did not load, by part, with the reason. */
export function renderLeftOut(build: SeedBuild): string {
  const lines = [
    '# What the seed build left out',
    '',
    '<!-- Generated by `npm run seeds:build` from data/: do not edit by hand. -->',
    '',
    'Every input record that is not in seeds/, with the reason. See seeds/README.md for how the inputs',
    'are read and the judgement calls behind these reasons.',
    '',
  ];
  for (const { part, entries } of build.leftOut) {
    lines.push(`## ${part}`, '', entries.length === 0 ? 'Nothing was left out.' : `${entries.length} left out.`, '');
    if (entries.length === 0) continue;
    lines.push('| Input | Would have been | Reason |', '| --- | --- | --- |');
    for (const entry of entries) lines.push(`| ${cell(entry.input)} | ${cell(entry.record)} | ${cell(entry.reason)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Every file the build writes into the seed folder, by name, with its text. */
export function renderSeedFolder(build: SeedBuild): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of SEED_KINDS) out.set(kind.file, renderSeedFile(build.files[kind.file] ?? []));
  out.set(DATASET_FILE, `${JSON.stringify({ dataset: { version: build.version } })}\n`);
  out.set('LEFT-OUT.md', renderLeftOut(build));
  return out;
}
