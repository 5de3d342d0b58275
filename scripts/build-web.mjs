#!/usr/bin/env node
/**
 * Builds the browser pages (web/ -> dist/web: the IDE, the explorer, the charts) with Vite, unless nothing they are built from changed
 * since the last build: the inputs (web/, schema/operations/, package-lock.json) are hashed and the
 * hash kept in dist/web/.build-hash. `--force` builds anyway.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/web');
const stampFile = path.join(outDir, '.build-hash');

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : listFiles(full);
    return [full];
  });
}

const inputs = [...listFiles(path.join(root, 'web')), ...listFiles(path.join(root, 'schema/operations')), path.join(root, 'package-lock.json')]
  .filter((file) => fs.existsSync(file))
  .sort();
const hash = createHash('sha256');
for (const file of inputs) hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
const digest = hash.digest('hex');

const force = process.argv.includes('--force');
const built = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === digest
  && ['ide', 'explore', 'charts'].every((page) => fs.existsSync(path.join(outDir, page, 'index.html')));
if (built && !force) {
  console.log('web: dist/web is up to date');
  process.exit(0);
}

const started = Date.now();
const { build } = await import('vite');
await build({ configFile: path.join(root, 'web/vite.config.ts') });
fs.writeFileSync(stampFile, digest);

const assets = fs.readdirSync(path.join(outDir, 'assets'));
const total = assets.reduce((sum, file) => sum + fs.statSync(path.join(outDir, 'assets', file)).size, 0);
console.log(`web: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s (${assets.length} assets, ${(total / 1024 / 1024).toFixed(1)} MiB)`);
