/**
 * Rewrites the README's benchmark block from bench/results/latest.json (npm run bench does it after
 * each run; this redoes it without running anything).
 *
 *   node dist/bench/readme.js
 */

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/neo4j/embedded/launcher';
import { readmeSummary, withReadmeSummary } from './report';
import type { BenchResults } from './results';

/** Writes the summary of `results` into README.md. */
export function updateReadme(results: BenchResults, root: string = projectRoot()): void {
  const file = path.join(root, 'README.md');
  fs.writeFileSync(file, withReadmeSummary(fs.readFileSync(file, 'utf8'), readmeSummary(results)));
}

if (require.main === module) {
  const results = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'bench', 'results', 'latest.json'), 'utf8')) as BenchResults;
  updateReadme(results);
  process.stderr.write('README.md: benchmark block rewritten from bench/results/latest.json\n');
}
