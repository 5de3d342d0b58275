/** `npm run coverage [-- --check]`: regenerates README.md's "What the graph covers" section from seeds/. */

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../neo4j/embedded/launcher';
import { coverageOfSeeds, replaceCoverage } from './coverage';

function main(): void {
  const file = path.join(projectRoot(), 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const updated = replaceCoverage(readme, coverageOfSeeds());
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the coverage section is stale; run `npm run coverage`.');
      process.exitCode = 1;
    } else console.log('README.md: the coverage section is up to date.');
    return;
  }
  fs.writeFileSync(file, updated);
  console.log(updated === readme ? 'README.md: the coverage section was already up to date.' : 'README.md: coverage section regenerated from seeds/.');
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
