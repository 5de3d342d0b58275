/** `npm run seed [-- <folder>]`: validates every seed file, then writes them to the configured Neo4j. */

import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../neo4j/database';
import { DEFAULT_SEED_DIR, SeedValidationError, readSeedFolder, readSeedVersion, writeSeedData } from './index';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? DEFAULT_SEED_DIR;
  // Validate before touching the database: a bad file writes nothing.
  const data = readSeedFolder(dir);
  const version = readSeedVersion(dir);
  console.log(`Validated ${Object.values(data).reduce((n, rows) => n + rows.length, 0)} records in ${dir}`);
  const config = loadConfig();
  const db = await openDatabase(config, (m) => console.log(m));
  try {
    const counts = await writeSeedData(db.executor, data, (m) => console.log(m), version);
    console.log('The graph now holds:', counts);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError || error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
