/**
 * Turns the sourced facts of data/facts-2026-12 into seed records of dataset 2.0.0, with the list of
 * every input record not loaded and why. Pure: the caller reads the files and the base records.
 *
 * @example
 *   const { records, leftOut, reported } = convertFacts(files, { automakers: [...], countries: [...] });
 *   records.factories; // factories.json records, sorted by id
 */

import { type Candidate, Context, kindOf, normaliseId, urlOf } from './facts.context';
import { compareText } from './merge';
import { buildAutomakers, buildBrands, buildOrganizations, entitiesById } from './facts.entities';
import { buildFactories } from './facts.factories';
import { buildFigures } from './facts.figures';
import { buildCompanyLinks, buildMarketLinks, buildMeasures } from './facts.links';
import { assignSourceIds, sourceRecord } from './facts.sources';
import { titleFor } from './facts.titles';
import { type BaseRecords, type ConvertResult, type FactsFile, type Input, OUTPUT_KINDS, type OutputKind, type SeedRecord } from './facts.types';
import { mergeRecords, type MergeSpec } from './merge';

export type { ConvertResult, FactsFile, BaseRecords } from './facts.types';

/** The key of a record of each output kind (the kind's keyString). */
export const KEYS: Record<OutputKind, (r: SeedRecord) => string> = {
  sources: (r) => String(r['id']),
  organizations: (r) => String(r['id']),
  automakers: (r) => String(r['id']),
  brands: (r) => String(r['id']),
  markets: (r) => String(r['id']),
  marketCountries: (r) => `${String(r['marketId'])} ${String(r['countryId'])}`,
  factories: (r) => String(r['id']),
  formerOperators: (r) => `${String(r['factoryId'])} ${String(r['automakerId'])}`,
  marketLinks: (r) => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['marketId'])}`,
  companyLinks: (r) => `${String(r['fromId'])} ${String(r['kind'])} ${String(r['toId'])}`,
  figures: (r) => String(r['id']),
  tradeMeasures: (r) => String(r['id']),
  measureLinks: (r) => `${String(r['measureId'])} ${String(r['kind'])} ${String(r['targetId'])}`,
  factoryClaims: (r) => String(r['id']),
};

/** The fields of each kind that name another record (checked to resolve; a record that does not is dropped). */
export const REFERENCES: Record<OutputKind, readonly string[]> = {
  sources: [],
  organizations: ['countryId'],
  automakers: ['countryId'],
  brands: ['automakerId', 'countryId'],
  markets: [],
  marketCountries: ['marketId', 'countryId'],
  factories: ['automakerId', 'countryId'],
  formerOperators: ['factoryId', 'automakerId'],
  marketLinks: ['fromId', 'marketId'],
  companyLinks: ['fromId', 'toId'],
  figures: ['exporterId', 'destinationId', 'reporterId', 'sourceId'],
  tradeMeasures: ['imposedById'],
  measureLinks: ['measureId', 'targetId'],
  factoryClaims: ['factoryId'],
};

/** Node kinds: records with an id others may reference. */
const NODE_KINDS: readonly OutputKind[] = ['sources', 'organizations', 'automakers', 'brands', 'markets', 'factories', 'figures', 'tradeMeasures', 'factoryClaims'];

/** Converts the facts; see the module comment. */
export function convertFacts(files: readonly FactsFile[], base: BaseRecords): ConvertResult {
  const ctx = new Context(files, base);
  const curatedByUrl = new Map<string, string>();
  for (const s of base['sources'] ?? []) if (typeof s['url'] === 'string') curatedByUrl.set(s['url'], String(s['id']));
  ctx.sourceIds = assignSourceIds([...ctx.pages.values()], curatedByUrl);

  const groups = entitiesById(ctx);
  buildAutomakers(ctx, groups);
  buildBrands(ctx, groups);
  buildOrganizations(ctx, groups);
  buildFactories(ctx);
  buildMarketLinks(ctx);
  buildCompanyLinks(ctx);
  buildMeasures(ctx);
  buildFigures(ctx);
  decideRest(ctx, groups);

  const records = finalize(ctx);
  for (const ref of ctx.undecided()) ctx.unload(ref, 'not read by any step (a bug: every input must be decided)');
  return { records, leftOut: ctx.leftOut(), reported: ctx.reported };
}

/** Inputs the steps consume without a record of their own: entity kinds without a step, relations read by entities. */
function decideRest(ctx: Context, groups: Map<string, Input<import('./facts.types').FactEntity>[]>): void {
  for (const [, inputs] of groups) {
    for (const input of inputs) {
      if (ctx.isDecided(input.ref)) continue;
      if (input.record.kind === 'Country') ctx.leave(input as Input<unknown>, 'countries come from the ISO 3166 list (the countries part), not from the facts');
    }
  }
  for (const input of ctx.relations) {
    if (ctx.isDecided(input.ref)) continue;
    const t = input.record.type;
    if (t === 'headquartered_in') ctx.leave(input as Input<unknown>, `headquarters of ${input.record.from}, which is not in the graph: ${ctx.missing.get(input.record.from) ?? 'another page gives its country'}`);
    else if (t === 'located_in') ctx.leave(input as Input<unknown>, `the factory ${input.record.from} is not in the graph: ${ctx.missing.get(input.record.from) ?? 'its country comes from another record'}`);
  }
}

const MERGE_SPECS: Partial<Record<OutputKind, Omit<MergeSpec, 'key'>>> = {
  automakers: { unions: ['sources'] },
  brands: { unions: ['sources'] },
  organizations: { unions: ['sources'] },
  markets: { unions: ['sources'] },
  marketCountries: { unions: ['sources'] },
  formerOperators: { unions: ['sources'], dates: [['since', 'sincePrecision'], ['until', 'untilPrecision']] },
  tradeMeasures: { unions: ['sources'] },
};

/**
 * Merges the candidates of each kind, gives colliding figure and claim ids a distinguishing end,
 * drops records whose references do not resolve (and leaves their inputs out, with the reason),
 * prunes markets and organizations nothing references, and writes the source records.
 */
function finalize(ctx: Context): Record<string, SeedRecord[]> {
  const byKind = new Map<OutputKind, Candidate[]>();
  for (const kind of OUTPUT_KINDS) {
    const list = ctx.candidates.get(kind) ?? [];
    if (kind === 'figures' || kind === 'factoryClaims') {
      byKind.set(kind, uniqueIds(ctx, kind, absorbCurated(ctx, kind, kind === 'figures' ? mergeNearDuplicates(ctx, list) : list)));
      continue;
    }
    const spec = MERGE_SPECS[kind] ?? { unions: ['sources'] };
    const { records, conflicts } = mergeRecords(list, { ...spec, unions: [...(spec.unions ?? []), '_inputs'], key: KEYS[kind] });
    for (const c of conflicts) if (c.field !== '_inputs') ctx.report(c.key, `${c.field}: ${JSON.stringify(c.kept)} kept; also stated: ${c.others.map((o) => JSON.stringify(o)).join(', ')}`);
    byKind.set(kind, records);
  }

  // Drop records whose references do not resolve, until none do.
  const known = new Set<string>(ctx.baseById.keys());
  const missingWhy = (id: string): string => ctx.missing.get(id) ?? 'no record for it';
  for (;;) {
    const ids = new Set<string>(known);
    for (const kind of NODE_KINDS) for (const r of byKind.get(kind) ?? []) ids.add(String(r['id']));
    for (const id of ctx.sourceIds.values()) ids.add(id);
    let dropped = 0;
    for (const kind of OUTPUT_KINDS) {
      const kept: Candidate[] = [];
      for (const r of byKind.get(kind) ?? []) {
        const bad = REFERENCES[kind].map((f) => r[f]).find((v) => typeof v === 'string' && !ids.has(v));
        const badSource = (r['sources'] as unknown[] | undefined)?.find((s) => typeof s !== 'string' || !ids.has(s));
        if (bad === undefined && badSource === undefined) {
          kept.push(r);
          continue;
        }
        const id = String(bad ?? badSource);
        dropped += 1;
        for (const ref of r._inputs) ctx.unload(ref, `refers to ${id}, which is not in the graph: ${missingWhy(id)}`);
        if (r['id'] !== undefined && !ctx.missing.has(String(r['id']))) ctx.missing.set(String(r['id']), `it refers to ${id} (${missingWhy(id)})`);
      }
      byKind.set(kind, kept);
    }
    if (dropped === 0) break;
  }

  // Markets and organizations created only because a fact named them, and no record references.
  const referenced = new Set<string>();
  for (const kind of OUTPUT_KINDS) for (const r of byKind.get(kind) ?? []) for (const f of REFERENCES[kind]) if (typeof r[f] === 'string') referenced.add(String(r[f]));
  for (const kind of ['markets', 'organizations'] as const) {
    byKind.set(
      kind,
      (byKind.get(kind) ?? []).filter((r) => referenced.has(String(r['id'])) || ctx.baseById.has(String(r['id'])) || r._inputs.length > 0),
    );
  }
  const marketIds = new Set((byKind.get('markets') ?? []).map((m) => String(m['id'])));
  byKind.set('marketCountries', (byKind.get('marketCountries') ?? []).filter((r) => marketIds.has(String(r['marketId']))));

  // Sources: one per page (curated pages keep their curated record).
  const inputsByUrl = new Map<string, Input<unknown>[]>();
  for (const i of [...ctx.entities, ...ctx.relations, ...ctx.figures] as Input<unknown>[]) {
    const url = (i.record as { source: { url: string } }).source.url;
    inputsByUrl.set(url, [...(inputsByUrl.get(url) ?? []), i]);
  }
  const names = nameIndex(ctx, byKind);
  const curatedIds = new Set((ctx.base['sources'] ?? []).map((s) => String(s['id'])));
  const sources: Candidate[] = [];
  for (const [url, page] of ctx.pages) {
    const id = ctx.sourceIds.get(url);
    if (id === undefined || curatedIds.has(id)) continue;
    // The title tells what the graph holds from the page; a page whose every fact was left out is
    // described by those facts.
    const all = inputsByUrl.get(url) ?? [];
    const loaded = all.filter((i) => ctx.isLoaded(i.ref));
    const title = titleFor(loaded.length > 0 ? loaded : all, names, page.publisher);
    sources.push({ ...sourceRecord(id, page, title), _inputs: [] });
  }
  byKind.set('sources', sources);

  const out: Record<string, SeedRecord[]> = {};
  for (const kind of OUTPUT_KINDS) {
    out[kind] = (byKind.get(kind) ?? [])
      .map((r) => {
        const { _inputs: _ignored, ...rest } = r;
        for (const k of Object.keys(rest)) if (k.startsWith('_')) delete rest[k];
        return rest;
      })
      .sort((a, b) => compareText(KEYS[kind](a), KEYS[kind](b)));
  }
  return out;
}

/**
 * The same number from the same page is one figure: candidates of one page, subject, flow, metric,
 * period and value (read twice: the same fact gathered in two files, or a figure next to a
 * country's exports_to carrying units) become one record, when their destinations agree or one is
 * worldwide (null) and their reporters agree or one names none. Where they read the page otherwise,
 * the record of the file that holds most of the page's records (the page's own record) decides the
 * class, basis and counting; without one, the record that names a reporter, then the more specific
 * class, then the first read. The named reporter, the named destination and the richer (longer)
 * note are kept; the merge is reported. Two different destinations or reporters stay two figures.
 */
export function mergeNearDuplicates(ctx: Context, list: Candidate[]): Candidate[] {
  const home = pageHomes(ctx);
  const fileOf = (c: Candidate): string => (c._inputs[0] ?? '').split(' ')[0] ?? '';
  const groups = new Map<string, Candidate[]>();
  for (const c of list) {
    const key = JSON.stringify([c['sourceId'], c['exporterId'], c['flow'], c['metric'], c['periodStart'], c['periodEnd'], c['value']]);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const merged = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const c of list) {
    if (merged.has(c)) continue;
    const group = groups.get(JSON.stringify([c['sourceId'], c['exporterId'], c['flow'], c['metric'], c['periodStart'], c['periodEnd'], c['value']])) ?? [c];
    const named = (f: string): Set<unknown> => new Set(group.map((g) => g[f]).filter((v) => v !== null));
    if (group.length === 1 || named('destinationId').size > 1 || named('reporterId').size > 1) {
      out.push(c);
      continue;
    }
    const pageHome = home.get(String(group[0]?.['sourceId']));
    const fromHome = group.filter((g) => pageHome !== undefined && fileOf(g) === pageHome);
    const ranked = [...group].sort((a, b) => (a['reporterId'] === null ? 1 : 0) - (b['reporterId'] === null ? 1 : 0) || (a['vehicleClass'] === 'ALL_VEHICLES' ? 1 : 0) - (b['vehicleClass'] === 'ALL_VEHICLES' ? 1 : 0));
    const primary = fromHome.length === 1 ? (fromHome[0] as Candidate) : (ranked[0] as Candidate);
    const notes = group.map((g) => g['note']).filter((n): n is string => typeof n === 'string');
    const note = [...notes].sort((a, b) => b.length - a.length)[0] ?? null;
    const record: Candidate = {
      ...primary,
      destinationId: [...named('destinationId')][0] ?? null,
      reporterId: primary['reporterId'] ?? [...named('reporterId')][0] ?? null,
      note,
      _inputs: group.flatMap((g) => g._inputs),
    };
    // The id of the reading the record keeps (its reporter, class and destination name it).
    const fits = group.find((g) => ['reporterId', 'vehicleClass', 'destinationId'].every((f) => g[f] === record[f]));
    if (fits !== undefined) record['id'] = fits['id'];
    const differs = ['destinationId', 'reporterId', 'basis', 'vehicleClass', 'countedBy'].filter((f) => new Set(group.map((g) => JSON.stringify(g[f]))).size > 1);
    const why = (f: string): string => (f === 'destinationId' || f === 'reporterId' ? 'the one named' : fromHome.length === 1 ? "the page's own record" : 'the more specific reading');
    ctx.report(
      String(record['id']),
      `one figure for the same number read ${group.length} times from one page${differs.length > 0 ? `; the readings differ in ${differs.join(', ')}: ${differs.map((f) => `${f} ${JSON.stringify(record[f])} kept (${why(f)})`).join(', ')}` : ''}`,
      group.flatMap((g) => g._inputs).map((ref) => ({ ref })),
    );
    for (const g of group) merged.add(g);
    out.push(record);
  }
  return out;
}

/** The file of the gathering that holds most of each page's records (by source id), where one does. */
function pageHomes(ctx: Context): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const i of [...ctx.entities, ...ctx.relations, ...ctx.figures] as Input<unknown>[]) {
    const sid = ctx.sourceIds.get(urlOf(i));
    if (sid === undefined) continue;
    const byFile = counts.get(sid) ?? new Map<string, number>();
    byFile.set(i.file, (byFile.get(i.file) ?? 0) + 1);
    counts.set(sid, byFile);
  }
  const homes = new Map<string, string>();
  for (const [sid, byFile] of counts) {
    const ranked = [...byFile.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || (ranked[0]?.[1] ?? 0) > (ranked[1]?.[1] ?? 0)) homes.set(sid, ranked[0]?.[0] ?? '');
  }
  return homes;
}

/**
 * Figures and claims keep their ids unique: a candidate identical to one already kept (same page,
 * same values) is a duplicate and is left out; a different one with the same id gets the page's
 * year, then a number.
 */
function uniqueIds(ctx: Context, kind: OutputKind, list: Candidate[]): Candidate[] {
  const kept = new Map<string, Candidate>();
  // An id the base gives another record is taken too (the graph's own figure or claim).
  const taken = (id: string, c: Candidate): boolean => kept.has(id) || (ctx.baseById.has(id) && c['_curated'] !== true);
  const same = (a: Candidate, b: Candidate): boolean => {
    const strip = (c: Candidate): string => JSON.stringify({ ...c, id: null, _inputs: null, sources: null });
    return strip(a) === strip(b);
  };
  for (const c of list) {
    const first = kept.get(String(c['id']));
    if (first === undefined && !taken(String(c['id']), c)) {
      kept.set(String(c['id']), c);
      continue;
    }
    if (first !== undefined && first['_curated'] === true && c['_curated'] === true) {
      // Two facts that are both the graph's own record: one record, stated by both.
      first._inputs.push(...c._inputs);
      continue;
    }
    if (first !== undefined && same(first, c)) {
      if (kind === 'factoryClaims') {
        first['sources'] = [...new Set([...(first['sources'] as string[]), ...(c['sources'] as string[])])].sort();
        first._inputs.push(...c._inputs);
      } else for (const ref of c._inputs) ctx.unload(ref, `the same figure as ${String(first['id'])}, stated twice by one page`);
      continue;
    }
    let n = 2;
    let id = `${String(c['id'])}-${n}`;
    while (taken(id, c)) id = `${String(c['id'])}-${(n += 1)}`;
    c['id'] = id;
    kept.set(id, c);
  }
  return [...kept.values()];
}

/**
 * A figure or claim the graph already has (the same page, value and subject: the curated records
 * were read from many of the same pages) is not made twice: the fact stands behind the curated
 * record, which is kept as it is; where the fact reads it otherwise (a class, a basis), that is
 * reported. A figure of a factory matches the curated figure of the factory's operator.
 */
function absorbCurated(ctx: Context, kind: 'figures' | 'factoryClaims', list: Candidate[]): Candidate[] {
  const curated = ctx.base[kind] ?? [];
  const operatorOf = (id: string): string | undefined => {
    const f = (ctx.candidates.get('factories') ?? []).find((c) => c['id'] === id) ?? ctx.baseById.get(id);
    return f?.['automakerId'] as string | undefined;
  };
  const matchKey =
    kind === 'figures'
      ? (r: Record<string, unknown>, who: unknown): string => JSON.stringify([who, r['destinationId'], r['flow'], r['metric'], r['periodStart'], r['periodEnd'], r['value'], r['sourceId']])
      : (r: Record<string, unknown>, source: unknown): string => JSON.stringify([r['factoryId'], r['kind'], r['value'], r['unit'], source]);
  const index = new Map<string, SeedRecord>();
  for (const r of curated) {
    if (kind === 'figures') index.set(matchKey(r, r['exporterId']), r);
    else for (const src of (r['sources'] as string[] | undefined) ?? []) index.set(matchKey(r, src), r);
  }
  return list.map((c) => {
    let match: SeedRecord | undefined;
    if (kind === 'figures') {
      const exporter = String(c['exporterId']);
      match = index.get(matchKey(c, exporter)) ?? (kindOf(exporter) === 'factory' ? index.get(matchKey(c, operatorOf(exporter))) : undefined);
    } else for (const src of (c['sources'] as string[] | undefined) ?? []) match ??= index.get(matchKey(c, src));
    if (match === undefined) return c;
    const differs = Object.keys(match).filter((f) => f !== 'id' && f !== 'sources' && JSON.stringify(match?.[f]) !== JSON.stringify(c[f]));
    ctx.report(String(match['id']), `the graph's own ${kind === 'figures' ? 'figure' : 'claim'} ${String(match['id'])} kept for ${c._inputs.join(', ')}${differs.length > 0 ? `; the facts read ${differs.map((f) => `${f} ${JSON.stringify(c[f])} (curated ${JSON.stringify(match?.[f])})`).join(', ')}` : ''}`, c._inputs.map((ref) => ({ ref })));
    return { ...match, _inputs: c._inputs, _curated: true } as Candidate;
  });
}

/** Names of every id the titles may mention: output and base records, countries, else words of the key. */
function nameIndex(ctx: Context, byKind: Map<OutputKind, Candidate[]>): (id: string | null) => string | null {
  const names = new Map<string, string>();
  for (const r of ctx.baseById.values()) if (typeof r['name'] === 'string') names.set(String(r['id']), r['name']);
  for (const kind of NODE_KINDS) for (const r of byKind.get(kind) ?? []) if (typeof r['name'] === 'string') names.set(String(r['id']), r['name']);
  // Entities of the facts that became no record (a measure routed to others) keep their own name in titles.
  for (const e of ctx.entities) if (!names.has(e.record.id)) names.set(e.record.id, e.record.name);
  return (input) => {
    if (input === null) return null;
    if (/^(market|country|region):(world|global)$/.test(input)) return 'the world';
    const raw = normaliseId(input) ?? input;
    if (raw === 'market:world') return 'the world';
    const known = names.get(raw) ?? names.get(input);
    if (known !== undefined) return known;
    const colon = raw.indexOf(':');
    const k = raw.slice(0, colon);
    const key = raw.slice(colon + 1);
    if (k === 'country' && ctx.countries.isCountry(key.toUpperCase())) return ctx.countries.name(key.toUpperCase());
    if (key === 'world' || key === 'global') return 'the world';
    const words = key.replace(/[-_]+/g, ' ');
    return kindOf(raw) === 'market' ? words.replace(/\b\w/g, (c) => c.toUpperCase()) : words.replace(/^\w/, (c) => c.toUpperCase());
  };
}
