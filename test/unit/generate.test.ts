/** The scale-data generator: deterministic, valid seed shapes, sized linearly, around the real graph without touching it. */

import { createHash } from 'node:crypto';
import { ASSIGNED_COUNTRY_CODES, syntheticCountryCodes } from '../../bench/generate/names';
import { Random, WeightedIndex } from '../../bench/generate/random';
import {
  baseFromSeeds,
  generateScale,
  planScale,
  RELATIONSHIPS_PER_SCALE,
  SYNTHETIC_PUBLISHER,
  TOTAL_COUNTRIES,
  type BaseGraph,
} from '../../bench/generate/generate';
import { DEFAULT_SEED_DIR, readSeedFolder, SEED_KINDS, validateSeedData, type SeedData } from '../../src/seed';
import { tryParseId } from '../../src/common/ids';

const real = readSeedFolder(DEFAULT_SEED_DIR);
const base: BaseGraph = baseFromSeeds(real);

const hash = (data: SeedData): string => createHash('sha256').update(JSON.stringify(data)).digest('hex');

/** Relationships the records of a scale create (owned by node records, plus one per relationship record). */
function relationshipCount(data: SeedData): number {
  let n = 0;
  for (const kind of SEED_KINDS) {
    for (const record of data[kind.file] ?? []) n += kind.label !== undefined ? kind.relationships(record).length : 1;
  }
  return n;
}

const count = (data: SeedData, file: string): number => data[file]!.length;

describe('random', () => {
  it('gives the same sequence for the same seed and stream, another for another', () => {
    const draw = (seed: number, stream: string): number[] => {
      const r = new Random(seed, stream);
      return Array.from({ length: 20 }, () => r.nextUint32());
    };
    expect(draw(42, 'x')).toEqual(draw(42, 'x'));
    expect(draw(42, 'x')).not.toEqual(draw(43, 'x'));
    expect(draw(42, 'x')).not.toEqual(draw(42, 'y'));
  });

  it('draws a power law: rank 0 most often, every rank in range', () => {
    const r = new Random(1, 'zipf');
    const zipf = WeightedIndex.zipf(50, 1);
    const hits = new Array<number>(50).fill(0);
    for (let i = 0; i < 20_000; i += 1) hits[zipf.draw(r)]! += 1;
    expect(hits[0]).toBe(Math.max(...hits));
    expect(hits[0]!).toBeGreaterThan(5 * hits[20]!);
    expect(hits.reduce((a, b) => a + b, 0)).toBe(20_000);
  });
});

describe('generateScale', () => {
  const one = generateScale(1, 42, base);
  const three = generateScale(3, 42, base);

  it('is deterministic: the same scale and seed give identical records; another seed differs', () => {
    expect(hash(generateScale(3, 42, base))).toBe(hash(three));
    expect(hash(generateScale(3, 43, base))).not.toBe(hash(three));
  });

  it('produces records the seed validator accepts together with the real seeds (every reference resolves)', () => {
    for (const data of [one, three]) {
      const merged = Object.fromEntries(SEED_KINDS.map((k) => [k.file, [...real[k.file]!, ...data[k.file]!]]));
      expect(() => validateSeedData(merged)).not.toThrow();
    }
  });

  it('generates nothing at scale 0', () => {
    const zero = generateScale(0, 42, base);
    expect(Object.values(zero).every((rows) => rows.length === 0)).toBe(true);
  });

  it('sizes the kinds linearly and the relationships at about 10,000 per unit of scale', () => {
    const six = generateScale(6, 42, base);
    for (const [n, data] of [[1, one], [3, three], [6, six]] as const) {
      expect(count(data, 'automakers.json')).toBe(30 * n);
      expect(count(data, 'factories.json')).toBe(300 * n);
      expect(count(data, 'countries.json') + real['countries.json']!.length).toBe(TOTAL_COUNTRIES);
      const rels = relationshipCount(data);
      expect(rels).toBeGreaterThan(0.9 * RELATIONSHIPS_PER_SCALE * n);
      expect(rels).toBeLessThan(1.1 * RELATIONSHIPS_PER_SCALE * n);
      // Sources are shared evidence: a few per hundred facts.
      const facts = SEED_KINDS.filter((k) => k.file !== 'sources.json').reduce((sum, k) => sum + count(data, k.file), 0);
      expect(count(data, 'sources.json') / facts).toBeGreaterThan(0.01);
      expect(count(data, 'sources.json') / facts).toBeLessThan(0.05);
    }
    const ratio = count(six, 'figures.json') / count(three, 'figures.json');
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
    expect(planScale(6, 42, base).expectedRelationships).toBeCloseTo(60_000, -3);
  });

  it('marks every synthetic node by its id and never names a real node', () => {
    const realIds = new Set(SEED_KINDS.flatMap((k) => (k.idField === undefined ? [] : real[k.file]!.map((r) => String(r[k.idField!])))));
    for (const kind of SEED_KINDS.filter((k) => k.idField !== undefined)) {
      for (const record of three[kind.file]!) {
        const id = String(record[kind.idField!]);
        expect(realIds.has(id)).toBe(false);
        const parsed = tryParseId(id)!;
        if (parsed.kind === 'country') expect(ASSIGNED_COUNTRY_CODES.has(parsed.key)).toBe(false);
        else expect(parsed.key.startsWith('syn-')).toBe(true);
      }
    }
    expect(ASSIGNED_COUNTRY_CODES.size).toBe(249);
    expect(syntheticCountryCodes(new Set()).length).toBeGreaterThanOrEqual(TOTAL_COUNTRIES);
  });

  it('gives every relationship record a synthetic end, so real relationships are never overwritten', () => {
    const synthetic = (id: unknown): boolean => String(id).includes(':syn-');
    for (const r of three['market-links.json']!) expect(synthetic(r['fromId'])).toBe(true);
    for (const r of three['market-countries.json']!) expect(synthetic(r['marketId'])).toBe(true);
    for (const r of three['company-links.json']!) expect(synthetic(r['fromId'])).toBe(true);
    for (const r of three['measure-links.json']!) expect(synthetic(r['measureId'])).toBe(true);
    for (const r of three['statistics-links.json']!) expect(synthetic(r['organizationId'])).toBe(true);
  });

  it('builds the graph around the real entities: real exporters, destinations, headquarters and operators', () => {
    const figures = three['figures.json']!;
    expect(figures.some((f) => f['exporterId'] === 'country:CN')).toBe(true);
    expect(figures.some((f) => f['exporterId'] === 'automaker:byd')).toBe(true);
    expect(figures.some((f) => f['destinationId'] === 'market:europe')).toBe(true);
    expect(three['automakers.json']!.filter((a) => a['countryId'] === 'country:CN').length).toBeGreaterThan(10);
    expect(three['factories.json']!.some((f) => f['automakerId'] === 'automaker:byd')).toBe(true);
    expect(three['market-links.json']!.some((l) => l['marketId'] === 'market:russia')).toBe(true);
  });

  it('says where synthetic evidence comes from, and every fact cites it', () => {
    const sources = three['sources.json']!;
    expect(sources.every((s) => s['publisher'] === SYNTHETIC_PUBLISHER && String(s['url']).startsWith('https://synthetic.invalid/'))).toBe(true);
    const sourceIds = new Set(sources.map((s) => s['id']));
    for (const kind of SEED_KINDS.filter((k) => k.file !== 'sources.json')) {
      for (const record of three[kind.file]!) {
        const cited = kind.file === 'figures.json' ? [record['sourceId']] : (record['sources'] as unknown[]);
        expect(cited.length).toBeGreaterThan(0);
        for (const id of cited) expect(sourceIds.has(id)).toBe(true);
      }
    }
  });

  it('names things plausibly, with common words full-text search finds', () => {
    const names = three['automakers.json']!.map((a) => String(a['name']));
    expect(names.filter((n) => /\b(Motor|Motors|Auto)\b/.test(n)).length).toBeGreaterThan(10);
    expect(three['factories.json']!.filter((f) => String(f['name']).includes('Plant')).length).toBeGreaterThan(300);
  });
});
