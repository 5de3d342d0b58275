/** Seeding: validate every file of seeds/, then write all of it. */

import path from 'node:path';
import { projectRoot } from '../neo4j/embedded/launcher';
import type { Executor } from '../neo4j/executor';
import { readSeedFolder } from './validate';
import { countEntities, writeSeedData } from './write';

export { readSeedFolder, validateSeedData, SeedValidationError, type SeedData } from './validate';
export { writeSeedData, countEntities } from './write';

export const DEFAULT_SEED_DIR = path.join(projectRoot(), 'seeds');

/** Validates the seed folder (throws SeedValidationError before any write), then writes it. */
export async function seedDatabase(
  executor: Executor,
  dir: string = DEFAULT_SEED_DIR,
  progress: (message: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const data = readSeedFolder(dir);
  progress(`Validated ${Object.values(data).reduce((n, rows) => n + rows.length, 0)} records in ${dir}`);
  return writeSeedData(executor, data, progress);
}

/** True when the graph holds no entity yet. */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const counts = await countEntities(executor);
  return Object.values(counts).every((n) => n === 0);
}
