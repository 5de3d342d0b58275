/**
 * seeds/ is what the seed build makes of data/: a change to data/ (or to the build) without
 * `npm run seeds:build` fails here, and the build refuses what it must refuse.
 */

import fs from 'node:fs';
import path from 'node:path';
import { buildSeeds, renderSeedFolder, type SeedBuild } from '../../src/seed/build/build';
import { DEFAULT_SEED_DIR } from '../../src/seed';

let build: SeedBuild;
let folder: Map<string, string>;

beforeAll(() => {
  build = buildSeeds();
  folder = renderSeedFolder(build);
});

it('the committed seeds/ is byte for byte what `npm run seeds:build` makes from data/ (run it when this fails)', () => {
  const stale = [...folder.entries()]
    .filter(([file, text]) => !fs.existsSync(path.join(DEFAULT_SEED_DIR, file)) || fs.readFileSync(path.join(DEFAULT_SEED_DIR, file), 'utf8') !== text)
    .map(([file]) => file);
  expect(stale).toEqual([]);
});

it('meets the coverage the world-trade issue asks for', () => {
  const count = (file: string): number => build.files[file]!.length;
  expect(count('countries.json')).toBeGreaterThanOrEqual(240);
  expect(count('automakers.json') + count('brands.json')).toBeGreaterThanOrEqual(100);
  expect(count('market-links.json')).toBeGreaterThanOrEqual(350);
  expect(count('figures.json')).toBeGreaterThanOrEqual(7000);
  const withSince = build.files['market-links.json']!.filter((l) => l['since'] !== null).length;
  expect(withSince).toBeGreaterThan(200);
});

it('gives every source its url and publisher, and every dated source a precision', () => {
  for (const source of build.files['sources.json']!) {
    expect(typeof source['publisher']).toBe('string');
    if (source['published'] !== null) expect(source['publishedPrecision']).not.toBeNull();
  }
  const withUrl = build.files['sources.json']!.filter((s) => s['url'] !== null).length;
  // The CNN article of the first gathering is the one source known without its address.
  expect(build.files['sources.json']!.length - withUrl).toBeLessThanOrEqual(1);
});

it("never loads OICA's corrupt 2023 production rows, and says so in LEFT-OUT.md", () => {
  const oica2023 = build.files['figures.json']!.filter(
    (f) => String(f['id']).startsWith('figure:oica-production-') && f['periodStart'] === '2023-01-01',
  );
  expect(oica2023).toEqual([]);
  expect(folder.get('LEFT-OUT.md')).toMatch(/production\.csv line \d+: 2023 China pv "26" \| figure:oica-production-cn-2023-passenger-cars \| 26 is below 1% of/);
});

it('lists every part of the build in LEFT-OUT.md, with a reason for each entry', () => {
  const text = folder.get('LEFT-OUT.md')!;
  for (const { part, entries } of build.leftOut) {
    expect(text).toContain(`## ${part}`);
    for (const entry of entries) expect(entry.reason.length).toBeGreaterThan(5);
  }
});
