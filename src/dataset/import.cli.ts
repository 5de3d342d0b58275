/**
 * `npm run import -- [--dry-run] [--kind <kind>] <file> [...]`: validates every file, then writes all
 * of them in one transaction and prints what was added, changed and left alone, per kind.
 */

import { ConfigError } from '../config';
import { SEED_KINDS, SeedValidationError } from '../seed';
import { openCliDatabase, seconds, userCwd } from './cli.support';
import { formatReport, importDataset, loadImportFiles, type ImportFile } from './import';
import { createProgress } from './progress';

const USAGE = `Usage: npm run import -- [--dry-run] [--kind <kind>] <file.json|file.csv> [...]
  A JSON file is a document {"sources": [...], "factories": [...], ...} (an export is one) or an
  array of one kind's records named after the kind (factories.json). A CSV file holds one kind,
  named after it (factories.csv) or given by --kind before it. Format: docs/IMPORT.md.
  --dry-run   validate and compare with the graph, write nothing
  Kinds: ${SEED_KINDS.map((k) => k.name).join(', ')}`;

function parseArgs(argv: readonly string[]): { files: ImportFile[]; dryRun: boolean } | string {
  const files: ImportFile[] = [];
  let dryRun = false;
  let kind: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--kind') {
      kind = argv[i + 1];
      i += 1;
      if (kind === undefined) return `--kind needs a kind.\n${USAGE}`;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.\n${USAGE}`;
    else {
      files.push(kind === undefined ? { path: arg } : { path: arg, kind });
      kind = undefined;
    }
  }
  return files.length === 0 ? `No file given.\n${USAGE}` : { files, dryRun };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    process.exitCode = args === USAGE ? 0 : 2;
    return;
  }
  const t0 = Date.now();
  const loaded = loadImportFiles(args.files, userCwd());
  const records = loaded.groups.reduce((n, g) => n + g.records.length, 0);
  console.log(`Read ${records} records from ${args.files.length} file(s) in ${seconds(t0)}.`);
  const { db, executor } = await openCliDatabase();
  try {
    const t1 = Date.now();
    const report = await importDataset(executor, loaded, { dryRun: args.dryRun, progress: createProgress() });
    console.log(
      args.dryRun
        ? `Dry run: validated and compared in ${seconds(t1)}; nothing was written. An import would give:`
        : `Imported in one transaction in ${seconds(t1)} (comparison ${(report.timings.compareMs / 1000).toFixed(2)} s, ` +
            `writes ${(report.timings.writeMs / 1000).toFixed(2)} s):`,
    );
    console.log(formatReport(report));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  // Every problem, not only the first 50 the error's message shows.
  if (error instanceof SeedValidationError) console.error(`The import is invalid; nothing was written:\n${error.problems.map((p) => `  - ${p}`).join('\n')}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
