/**
 * `npm run export [-- --out <file>]`: writes the whole graph as a citable snapshot (the import
 * format plus a header with version, hash and counts); `--out -` writes to stdout.
 */

import fs from 'node:fs';
import { ConfigError } from '../config';
import { openCliDatabase, seconds, userPath } from './cli.support';
import { exportDataset, formatDocument } from './export';

const USAGE = 'Usage: npm run export [-- --out <file.json>]   (default autograph-dataset.json; "-" for stdout)';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let out = 'autograph-dataset.json';
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out' && argv[i + 1] !== undefined) {
      out = argv[i + 1]!;
      i += 1;
    } else {
      console.error(argv[i] === '--help' ? USAGE : `Unknown argument ${argv[i]}.\n${USAGE}`);
      process.exitCode = argv[i] === '--help' ? 0 : 2;
      return;
    }
  }
  const { db, executor } = await openCliDatabase();
  try {
    const t0 = Date.now();
    const document = await exportDataset(executor);
    const text = formatDocument(document);
    if (out === '-') process.stdout.write(text);
    else fs.writeFileSync(userPath(out), text);
    const { version, hash, counts } = document.dataset;
    const total = Object.values(counts).reduce((n, c) => n + c, 0);
    process.stderr.write(
      `Exported ${total} records in ${seconds(t0)} to ${out === '-' ? 'stdout' : userPath(out)}\n` +
        `  version ${version}, sha256 ${hash}\n` +
        `  ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
