/** Seeding: validate every file of seeds/, then write all of it. */

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../neo4j/embedded/launcher';
import type { Executor } from '../neo4j/executor';
import { readSeedFolder, SeedValidationError } from './validate';
import { countEntities, writeSeedData } from './write';

export {
  checkField,
  defaultOf,
  checkRecords,
  checkRecordFields,
  checkRecordRules,
  describeValue,
  readSeedFolder,
  validateSeedData,
  SeedValidationError,
  type CheckResult,
  type RecordProblem,
  type RecordGroup,
  type SeedData,
  type UnresolvedReference,
} from './validate';
export {
  writeSeedData,
  writeRecords,
  countEntities,
  BATCH_SIZE,
  READ_DATASET_VERSION,
  WRITE_DATASET_VERSION,
  RESET_DATASET_REVISION,
  COUNT_CONTRIBUTION,
  LOCK_DATASET,
  countContribution,
} from './write';
export {
  SEED_KINDS,
  findSeedKind,
  type SeedKind,
  type SeedRecord,
  type OwnedRelationship,
} from './seed.kinds';
export type { FieldRule, FileRule } from './seed.schema';

export const DEFAULT_SEED_DIR = path.join(projectRoot(), 'seeds');

/** File in the seed folder that names the dataset version the seeds carry. */
export const DATASET_FILE = 'dataset.json';

/**
 * The dataset version of a seed folder, from its dataset.json (`{"dataset": {"version": "…"}}`), or
 * undefined when the folder has none.
 */
export function readSeedVersion(dir: string = DEFAULT_SEED_DIR): string | undefined {
  const file = path.join(dir, DATASET_FILE);
  if (!fs.existsSync(file)) return undefined;
  const content = JSON.parse(fs.readFileSync(file, 'utf8')) as { dataset?: { version?: unknown } };
  const version = content.dataset?.version;
  if (typeof version !== 'string' || version.trim() === '') {
    throw new SeedValidationError([`seeds/${DATASET_FILE} field "dataset.version": expected a non-empty string; got ${JSON.stringify(version)}.`]);
  }
  return version;
}

/** Validates the seed folder (throws SeedValidationError before any write), then writes it and its version. */
export async function seedDatabase(
  executor: Executor,
  dir: string = DEFAULT_SEED_DIR,
  progress: (message: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const data = readSeedFolder(dir);
  const version = readSeedVersion(dir);
  progress(`Validated ${Object.values(data).reduce((n, rows) => n + rows.length, 0)} records in ${dir}`);
  return writeSeedData(executor, data, progress, version);
}

/** True when the graph holds no entity yet. */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const counts = await countEntities(executor);
  return Object.values(counts).every((n) => n === 0);
}
