/** `npm run seeds:build`: builds seeds/ from data/ and says what it wrote and what it left out. */

import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEED_DIR } from '../index';
import { buildSeeds, renderSeedFolder } from './build';

function main(): void {
  const build = buildSeeds();
  for (const [file, text] of renderSeedFolder(build)) fs.writeFileSync(path.join(DEFAULT_SEED_DIR, file), text);
  for (const [file, records] of Object.entries(build.files)) console.log(`  ${file}: ${records.length} records`);
  for (const { part, entries } of build.leftOut) console.log(`  left out from ${part}: ${entries.length}`);
  console.log(`  fields where inputs disagreed (the first input kept): ${build.conflicts.length}`);
  console.log(`Wrote dataset ${build.version} to ${DEFAULT_SEED_DIR} (and LEFT-OUT.md).`);
}

main();
