/**
 * The "What the graph covers" section of README.md, generated from seeds/ (never typed by hand):
 * `npm run coverage` rewrites it between its markers, and a unit test fails when it is stale.
 */

import { DEFAULT_SEED_DIR, readSeedFolder, readSeedVersion, SEED_KINDS, type SeedData } from '../seed';
import { countContent, datasetHash, type DatasetContent } from './hash';

export const COVERAGE_START = '<!-- coverage:start -->';
export const COVERAGE_END = '<!-- coverage:end -->';

/** Seed data (by file name) as dataset content (by kind name). */
export function seedContent(data: SeedData): DatasetContent {
  return Object.fromEntries(SEED_KINDS.map((k) => [k.name, data[k.file] ?? []]));
}

/** "marketLinks" → "Market links". */
const title = (name: string): string => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const count = (items: readonly unknown[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const item of items) out.set(String(item), (out.get(String(item)) ?? 0) + 1);
  return out;
};
const list = (counts: Map<string, number>): string =>
  [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, n]) => `${k} ${n}`).join(', ');

/** The section's body (without markers) for this content and version. */
export function coverageMarkdown(content: DatasetContent, version: string): string {
  const counts = countContent(content);
  const relationships = count(
    SEED_KINDS.flatMap((kind) => [
      ...(content[kind.name] ?? []).flatMap((r) => kind.relationships(r).map(([type]) => type.replace(/^</, ''))),
      // A kind without a label is itself a relationship, typed by its "kind" field unless it says otherwise.
      ...(kind.label === undefined
        ? (content[kind.name] ?? []).map((r) => (kind.relationshipType !== undefined ? kind.relationshipType(r) : String(r['kind'])))
        : []),
    ]),
  );
  const relTotal = [...relationships.values()].reduce((n, c) => n + c, 0);
  const figures = content['figures'] ?? [];
  const years = figures.flatMap((f) => [String(f['periodStart']).slice(0, 4), String(f['periodEnd']).slice(0, 4)]).sort();
  const exporters = count([...new Set(figures.map((f) => String(f['exporterId'])))].map((id) => id.split(':')[0]));
  const factories = content['factories'] ?? [];
  return [
    '<!-- Generated from seeds/ by `npm run coverage`; a unit test fails when it is stale. Do not edit by hand. -->',
    `Dataset version **${version}**, sha256 \`${datasetHash(content)}\` (what \`npm run export\` and the`,
    '`dataset` query report for a graph seeded from `seeds/`; see [docs/IMPORT.md](docs/IMPORT.md)).',
    '',
    '| Kind | Records |',
    '| --- | ---: |',
    ...SEED_KINDS.map((k) => `| ${title(k.name)} | ${counts[k.name]} |`),
    `| Relationships | ${relTotal} |`,
    '',
    `Relationships by type: ${list(relationships)}.`,
    '',
    figures.length === 0
      ? 'No figures yet.'
      : `Figures: periods from ${years[0]} to ${years[years.length - 1]}; subjects (whose flow they count): ` +
        `${list(count([...exporters.entries()].flatMap(([kind, n]) => Array<string>(n).fill(kind))))}; ` +
        `by flow: ${list(count(figures.map((f) => f['flow'])))}; by metric: ${list(count(figures.map((f) => f['metric'])))}; ` +
        `by basis: ${list(count(figures.map((f) => f['basis'])))}.`,
    '',
    `Company–market links by status: ${list(count((content['marketLinks'] ?? []).map((l) => l['status'])))}; ` +
      `${(content['marketLinks'] ?? []).filter((l) => l['since'] !== null).length} with a since-date.`,
    '',
    `Factories by status: ${list(count(factories.map((f) => f['status'])))}; in ` +
      `${new Set(factories.map((f) => f['countryId'])).size} countries.`,
  ].join('\n');
}

/** The coverage section generated from a seed folder. */
export function coverageOfSeeds(dir: string = DEFAULT_SEED_DIR): string {
  return coverageMarkdown(seedContent(readSeedFolder(dir)), readSeedVersion(dir) ?? 'unversioned');
}

/** README text with its coverage section replaced by `body`; throws when the markers are missing. */
export function replaceCoverage(readme: string, body: string): string {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no section between ${COVERAGE_START} and ${COVERAGE_END}.`);
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${body}\n${readme.slice(end)}`;
}
