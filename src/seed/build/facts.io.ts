/**
 * Reading what convertFacts needs from disk (the six files of data/facts-2026-12 and the records the
 * graph already has: the curated records and the open datasets, as the seed build reads them), and
 * putting its output where the seed build takes it: one more part, whose records replace the base
 * records of the same key.
 */

import fs from 'node:fs';
import path from 'node:path';
import { SEED_KINDS } from '../seed.kinds';
import { mergeParts, readCurated, readDatasets, type BuildPart } from './parts';
import type { BaseRecords, ConvertResult, FactsFile, SeedRecord } from './facts.types';
import { compareText } from './merge';
import { DEFAULT_DATA_DIR } from './records';

/** The folder of the gathering, inside the data folder. */
export const FACTS_FOLDER = 'facts-2026-12';

/** The name of the facts part in seeds/LEFT-OUT.md. */
export const FACTS_PART_NAME = 'Sourced facts gathered in 2026-12 (data/facts-2026-12)';

/** The JSON files of a facts folder, in name order. */
export function readFactsFiles(dir: string = path.join(DEFAULT_DATA_DIR, FACTS_FOLDER)): FactsFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  if (names.length === 0) throw new Error(`readFactsFiles: expected JSON files in ${dir}, found none`);
  return names.map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as FactsFile['data'] }));
}

/**
 * The base convertFacts runs against: the curated records (data/curated) and the open datasets
 * (ISO/M49 countries, Factbook trade blocs, OICA), merged kind by kind as the seed build merges them.
 */
export function readBase(dataDir: string = DEFAULT_DATA_DIR): BaseRecords {
  return mergeParts([readCurated(dataDir), ...readDatasets(dataDir)]);
}

/**
 * The facts as a part of the seed build. Its records already carry the curated values they agree
 * with, and differ from them only where a page decides (a later operator, a refined date): placed
 * before the curated part, so that the build's first-part-wins merge keeps them.
 */
export function factsPart(result: ConvertResult): BuildPart {
  return { name: FACTS_PART_NAME, records: result.records, leftOut: result.leftOut };
}

/**
 * The seed files (raw JSON by file name) of the base with the facts' records in it, each record in
 * its kind's field order, sorted by key: what validateSeedData checks.
 */
export function seedFilesWithFacts(base: BaseRecords, result: ConvertResult): Record<string, SeedRecord[]> {
  const files: Record<string, SeedRecord[]> = {};
  for (const kind of SEED_KINDS) {
    const mine = result.records[kind.name] ?? [];
    const keys = new Set(mine.map((r) => kind.keyString(r)));
    const all = [...mine, ...(base[kind.name] ?? []).filter((r) => !keys.has(kind.keyString(r)))];
    files[kind.file] = all
      .map((r) => Object.fromEntries(Object.keys(kind.fields).map((field) => [field, r[field] ?? null])))
      .sort((a, b) => compareText(kind.keyString(a), kind.keyString(b)));
  }
  return files;
}
