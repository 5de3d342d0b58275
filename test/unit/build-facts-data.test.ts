/**
 * Seed build, the facts part, over the real gathering (data/facts-2026-12) and the real base (the
 * curated seeds, the ISO/M49 countries and the Factbook blocs): the invariants every output must
 * hold, and a few outcomes the curation decided (the Russian plants' later operators).
 */

import path from 'node:path';
import { convertFacts, KEYS, REFERENCES } from '../../src/seed/build/facts';
import { AGGREGATES } from '../../src/seed/build/facts.curation';
import { FACTS_FOLDER, readBase, readFactsFiles, seedFilesWithFacts } from '../../src/seed/build/facts.io';
import { validateSeedData } from '../../src/seed/validate';
import { type ConvertResult, type FactsFile, OUTPUT_KINDS, type SeedRecord } from '../../src/seed/build/facts.types';

const ROOT = path.join(__dirname, '..', '..');
const DATA = path.join(ROOT, 'data');

let files: FactsFile[];
let base: Record<string, readonly SeedRecord[]>;
let result: ConvertResult;

beforeAll(() => {
  files = readFactsFiles(path.join(DATA, FACTS_FOLDER));
  base = readBase(DATA);
  result = convertFacts(files, base);
});

const records = (kind: string): SeedRecord[] => result.records[kind] ?? [];
const find = (kind: string, id: string): SeedRecord | undefined => records(kind).find((r) => r['id'] === id);

/** Every id a record of any kind has, in the base or the output (the output replaces base records of the same key). */
function knownIds(): Set<string> {
  const ids = new Set<string>();
  for (const list of [...Object.values(base), ...Object.values(result.records)]) for (const r of list) if (typeof r['id'] === 'string') ids.add(r['id']);
  return ids;
}

describe('convertFacts over data/facts-2026-12', () => {
  it('reads the six files: 569 entities, 1,672 relations, 1,964 figures', () => {
    expect(files.map((f) => f.name)).toHaveLength(6);
    const count = (section: 'entities' | 'relations' | 'figures'): number => files.reduce((n, f) => n + (f.data[section]?.length ?? 0), 0);
    expect([count('entities'), count('relations'), count('figures')]).toEqual([569, 1672, 1964]);
  });

  it('decides every input: loaded + left out = the inputs of each section, none left undecided', () => {
    const left = result.leftOut.map((l) => l.input);
    expect(new Set(left).size).toBe(left.length);
    expect(result.leftOut.filter((l) => /not read by any step/.test(l.reason))).toEqual([]);
    for (const l of result.leftOut) {
      expect(l.input).toMatch(/^[a-z0-9-]+\.json (entities|relations|figures)\[\d+\]$/);
      expect(l.reason.length).toBeGreaterThan(10);
      expect(l.record.length).toBeGreaterThan(0);
    }
    // Left out stays a small share: what the graph holds is the rule, not the exception.
    expect(left.length).toBeLessThan(300);
  });

  it('writes records of every output kind, each key once, sorted by key', () => {
    for (const kind of OUTPUT_KINDS) {
      const keys = records(kind).map((r) => KEYS[kind](r));
      expect({ kind, unique: new Set(keys).size }).toEqual({ kind, unique: keys.length });
      expect({ kind, sorted: keys }).toEqual({ kind, sorted: [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) });
    }
    expect(records('factories').length).toBeGreaterThan(200);
    expect(records('figures').length).toBeGreaterThan(1500);
    expect(records('marketLinks').length).toBeGreaterThan(400);
  });

  it('resolves every reference against the base and the output', () => {
    const ids = knownIds();
    const unresolved: string[] = [];
    for (const kind of OUTPUT_KINDS) {
      for (const r of records(kind)) {
        for (const field of REFERENCES[kind]) {
          const v = r[field];
          if (typeof v === 'string' && !ids.has(v)) unresolved.push(`${kind} ${KEYS[kind](r)} ${field} ${v}`);
        }
        for (const s of (r['sources'] as string[] | undefined) ?? []) if (!ids.has(s)) unresolved.push(`${kind} ${KEYS[kind](r)} sources ${s}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('gives every record at least one source (a figure exactly one)', () => {
    for (const kind of OUTPUT_KINDS) {
      if (kind === 'sources') continue;
      for (const r of records(kind)) {
        if (kind === 'figures') expect(typeof r['sourceId']).toBe('string');
        else expect({ key: KEYS[kind](r), sources: (r['sources'] as unknown[]).length > 0 }).toEqual({ key: KEYS[kind](r), sources: true });
      }
    }
  });

  it('writes one source per page, with a short title, a known kind and an id of the agreed form', () => {
    const urls = new Set(files.flatMap((f) => [...(f.data.entities ?? []), ...(f.data.relations ?? []), ...(f.data.figures ?? [])].map((x) => x.source.url)));
    const curatedUrls = new Set((base['sources'] ?? []).map((s) => s['url']));
    expect(records('sources')).toHaveLength([...urls].filter((u) => !curatedUrls.has(u)).length);
    expect(new Set(records('sources').map((s) => s['url'])).size).toBe(records('sources').length);
    for (const s of records('sources')) {
      expect(String(s['id'])).toMatch(/^source:[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(String(s['id']).length).toBeLessThanOrEqual(100);
      expect(['NEWS', 'STATISTICS', 'COMPANY', 'GOVERNMENT', 'ANALYSIS']).toContain(s['kind']);
      expect(String(s['title']).length).toBeGreaterThan(2);
      expect(String(s['title']).length).toBeLessThanOrEqual(200);
    }
  });

  it('never poses an aggregate of brands as an automaker or a brand', () => {
    const companies = [...records('automakers'), ...records('brands')].map((r) => String(r['id']));
    for (const id of Object.keys(AGGREGATES)) expect(companies).not.toContain(id);
    expect(companies.filter((id) => /brands|-and-|combined/.test(id))).toEqual([]);
    // Their figures are the country's, with a note saying so.
    const notes = records('figures').filter((f) => /^brands of /.test(String(f['note'] ?? '')));
    expect(notes.length).toBeGreaterThan(0);
    for (const f of notes) expect(String(f['exporterId'])).toMatch(/^country:[A-Z]{2}$/);
  });

  it('emits no figure twice: ids unique, and no two figures of one page say the same thing', () => {
    const ids = records('figures').map((f) => f['id']);
    expect(new Set(ids).size).toBe(ids.length);
    const sameness = records('figures').map((f) =>
      JSON.stringify([f['exporterId'], f['destinationId'], f['flow'], f['metric'], f['vehicleClass'], f['periodStart'], f['periodEnd'], f['value'], f['sourceId'], f['basis'], f['countedBy'], f['note']]),
    );
    expect(new Set(sameness).size).toBe(sameness.length);
    // The same number from the same page is one figure, however it was read (class, basis, a
    // reporter or a destination named or not): only another destination or reporter makes two.
    const number = (f: SeedRecord): string => JSON.stringify([f['sourceId'], f['exporterId'], f['flow'], f['metric'], f['periodStart'], f['periodEnd'], f['value']]);
    const byNumber = new Map<string, SeedRecord[]>();
    for (const f of records('figures')) byNumber.set(number(f), [...(byNumber.get(number(f)) ?? []), f]);
    const twice = [...byNumber.values()].filter((list) => {
      const named = (field: string): number => new Set(list.map((f) => f[field]).filter((v) => v !== null)).size;
      return list.length > 1 && named('destinationId') <= 1 && named('reporterId') <= 1;
    });
    expect(twice.map((list) => list.map((f) => f['id']))).toEqual([]);
    // Nor is a figure the graph already has made again under another id (the curated figures were
    // read from many of the same pages).
    const baseIds = new Set((base['figures'] ?? []).map((f) => f['id']));
    const said = (f: SeedRecord): string => JSON.stringify([f['exporterId'], f['destinationId'], f['flow'], f['metric'], f['periodStart'], f['periodEnd'], f['value'], f['sourceId']]);
    const baseSaid = new Set((base['figures'] ?? []).map(said));
    expect(records('figures').filter((f) => !baseIds.has(f['id']) && baseSaid.has(said(f))).map((f) => f['id'])).toEqual([]);
    for (const f of records('figures')) {
      expect(String(f['id'])).toMatch(/^figure:[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(String(f['periodStart']) <= String(f['periodEnd'])).toBe(true);
      if (f['metric'] === 'SHARE_PERCENT') expect(Number(f['value'])).toBeLessThanOrEqual(100);
    }
  });

  it('keeps links honest: WITHDRAWN exactly when an end is known, no start after the end', () => {
    for (const l of records('marketLinks')) {
      expect({ key: KEYS.marketLinks(l), withdrawn: l['status'] === 'WITHDRAWN' }).toEqual({ key: KEYS.marketLinks(l), withdrawn: l['until'] !== null });
      if (l['since'] !== null && l['until'] !== null) expect(String(l['since']) <= String(l['until'])).toBe(true);
    }
    for (const l of records('companyLinks')) {
      if (l['kind'] === 'OWNS_STAKE_IN') expect(typeof l['stakePercent']).toBe('number');
      else expect(l['stakePercent']).toBeNull();
    }
  });

  it('gives each factory a status of the enum, and a closed date only to a closed plant', () => {
    for (const f of records('factories')) {
      expect(['OPERATING', 'UNDER_CONSTRUCTION', 'ANNOUNCED', 'CLOSED']).toContain(f['status']);
      if (f['closed'] !== null) expect({ id: f['id'], status: f['status'] }).toEqual({ id: f['id'], status: 'CLOSED' });
    }
  });

  it('names the Russian plants by who runs them now, the earlier operators as former operators', () => {
    const plants: [string, string, string, string[]][] = [
      ['factory:volkswagen-kaluga', 'automaker:agr', 'OPERATING', ['automaker:vw']],
      ['factory:hyundai-st-petersburg', 'automaker:agr', 'OPERATING', ['automaker:hyundai']],
      ['factory:gm-st-petersburg', 'automaker:hyundai', 'CLOSED', ['automaker:gm']],
      ['factory:nissan-st-petersburg', 'automaker:avtozavod-st-petersburg', 'OPERATING', ['automaker:avtovaz', 'automaker:nissan']],
      ['factory:toyota-st-petersburg', 'automaker:aurus', 'ANNOUNCED', ['automaker:toyota']],
      ['factory:renault-moscow', 'automaker:moskvich', 'OPERATING', ['automaker:renault']],
      ['factory:stellantis-kaluga', 'automaker:automotive-technologies', 'OPERATING', ['automaker:mitsubishi', 'automaker:stellantis']],
      ['factory:mercedes-benz-esipovo', 'automaker:avtodom', 'OPERATING', ['automaker:mercedes-benz']],
    ];
    for (const [id, operator, status, former] of plants) {
      const plant = find('factories', id);
      expect({ id, automakerId: plant?.['automakerId'], status: plant?.['status'] }).toEqual({ id, automakerId: operator, status });
      const formers = records('formerOperators')
        .filter((f) => f['factoryId'] === id)
        .map((f) => f['automakerId'])
        .sort();
      expect({ id, formers }).toEqual({ id, formers: former });
    }
  });

  it('passes the seed validation as part of the seed files, base records of the same key replaced', () => {
    const files = seedFilesWithFacts(base, result);
    expect(() => validateSeedData(files)).not.toThrow();
    expect(files['factories.json']?.length).toBeGreaterThanOrEqual(records('factories').length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(convertFacts(files, base))).toBe(JSON.stringify(result));
  });
});
