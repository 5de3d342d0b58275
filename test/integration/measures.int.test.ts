/**
 * Trade measures, company links, statistics coverage and factory claims against the seeded graph in a
 * real Neo4j: rates per automaker side by side, claims side by side each with its own source, every new
 * fact sourced, and counts equal to the seed files.
 */

import fs from 'node:fs';
import path from 'node:path';
import {
  AutomakerTradeMeasuresDocument,
  CompanyLinksDocument,
  DatasetDocument,
  FactoryClaimsDocument,
  SearchDocument,
  SourceFactsDocument,
  StatisticsPublisherDocument,
  TradeMeasureDocument,
  TimelineDocument,
  TradeMeasuresDocument,
  UnsourcedFactsDocument,
} from '../../schema/generated/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const seeds = (file: string): any[] => JSON.parse(fs.readFileSync(path.join(__dirname, '../../seeds', file), 'utf8'));
const measures = seeds('trade-measures.json');
const measureLinks = seeds('measure-links.json');
const companyLinks = seeds('company-links.json');
const statistics = seeds('statistics-links.json');
const claims = seeds('factory-claims.json');
const sourceIds = new Set(seeds('sources.json').map((s) => s.id as string));
const measureById = new Map(measures.map((m) => [m.id as string, m]));

/** The measures the seeds apply to an automaker, with their rates, in date order (effective, else announced). */
const measuresApplyingTo = (automakerId: string) =>
  measureLinks
    .filter((l) => l.kind === 'APPLIES_TO' && l.targetId === automakerId)
    .map((l) => ({ link: l, measure: measureById.get(l.measureId)! }))
    .sort((a, b) => (a.measure.effective ?? a.measure.announced).localeCompare(b.measure.effective ?? b.measure.announced));

/** The links between two automakers, as the seeds store them (companyLinks lists only these). */
const automakerLinks = companyLinks.filter((l) => l.fromId.startsWith('automaker:') && l.toId.startsWith('automaker:'));

/** An automaker's company links as seen from it, in a stable order. */
const linksSeenFrom = (id: string) =>
  automakerLinks
    .filter((l) => l.fromId === id || l.toId === id)
    .map((l) => [l.kind, l.fromId === id ? 'OUTGOING' : 'INCOMING', l.fromId === id ? l.toId : l.fromId, l.stakePercent, l.since, l.sincePrecision, l.until])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t.close();
});

describe('trade measures', () => {
  it("gives BYD's EU duty rates, provisional and definitive side by side, each with its date and sources", async () => {
    const res = await t.run(AutomakerTradeMeasuresDocument, { id: 'automaker:byd' });
    expect(res.body.errors).toBeUndefined();
    const links = res.body.data!.automaker!.tradeMeasures;
    const got = links.map((l) => [l.measure.id, l.kind, l.ratePercent, l.measure.effective, l.measure.imposedBy.id]);
    // Every measure the seeds apply to BYD (the EU's proposals of June and August 2024 too), in date order.
    expect(got).toEqual(
      measuresApplyingTo('automaker:byd').map(({ link, measure }) => [measure.id, 'APPLIES_TO', link.ratePercent, measure.effective, measure.imposedById]),
    );
    for (const l of links) {
      const seed = measureLinks.find((m) => m.measureId === l.measure.id && m.kind === 'APPLIES_TO' && m.targetId === 'automaker:byd')!;
      expect(l.sources.map((s) => s.id).sort()).toEqual([...seed.sources].sort());
    }
    // The first gathering's facts: the provisional 17.4% from 5 July and the definitive 17.0% from 30 October 2024.
    expect(got).toEqual(
      expect.arrayContaining([
        ['measure:eu-provisional-cvd-2024', 'APPLIES_TO', 17.4, '2024-07-05', 'market:eu'],
        ['measure:eu-definitive-cvd-2024', 'APPLIES_TO', 17.0, '2024-10-30', 'market:eu'],
      ]),
    );
    expect(got.findIndex((l) => l[0] === 'measure:eu-provisional-cvd-2024')).toBeLessThan(
      got.findIndex((l) => l[0] === 'measure:eu-definitive-cvd-2024'),
    );
    const sourcesOf = (id: string) => links.find((l) => l.measure.id === id)!.sources.map((s) => s.id);
    expect(sourcesOf('measure:eu-provisional-cvd-2024')).toContain('source:europeanshippers-2024-eu-provisional-bev-duties');
    expect(sourcesOf('measure:eu-definitive-cvd-2024')).toContain('source:wisetech-2024-eu-definitive-bev-duties');
  });

  it('gives the per-automaker rates of both EU measures as in the seed file', async () => {
    for (const measureId of ['measure:eu-provisional-cvd-2024', 'measure:eu-definitive-cvd-2024']) {
      const res = await t.run(TradeMeasureDocument, { id: measureId });
      const measure = res.body.data!.tradeMeasure!;
      const rates = measure.links
        .filter((l) => l.kind === 'APPLIES_TO' && l.target.id.startsWith('automaker:'))
        .map((l) => [l.target.id, l.ratePercent]);
      const expected = measureLinks
        .filter((l) => l.measureId === measureId && l.kind === 'APPLIES_TO' && l.targetId.startsWith('automaker:'))
        .map((l) => [l.targetId, l.ratePercent])
        .sort(([a], [b]) => a.localeCompare(b));
      expect(rates).toEqual(expected);
      expect(measure.imposedBy).toEqual({ id: 'market:eu', name: expect.any(String) });
    }
    // The article's rates stay, whatever other automakers the measure names beside them (Volvo, XPeng…).
    const definitive = (await t.run(TradeMeasureDocument, { id: 'measure:eu-definitive-cvd-2024' })).body.data!.tradeMeasure!;
    expect(Object.fromEntries(definitive.links.filter((l) => l.target.id.startsWith('automaker:')).map((l) => [l.target.id, l.ratePercent]))).toMatchObject({
      'automaker:byd': 17.0,
      'automaker:geely': 18.8,
      'automaker:saic': 35.3,
      'automaker:tesla': 7.8,
    });
  });

  it("shows Turkey's tariff exempting BYD Manisa, and lists every measure once, the earliest first", async () => {
    const tr = (await t.run(TradeMeasureDocument, { id: 'measure:tr-china-vehicle-tariff-2024' })).body.data!.tradeMeasure!;
    expect(tr.ratePercent).toBe(40);
    expect(tr.links.find((l) => l.kind === 'EXEMPTS')).toEqual({
      kind: 'EXEMPTS',
      ratePercent: null,
      target: { id: 'factory:byd-manisa' },
      sources: [{ id: 'source:euventure-2025-chinese-automakers-crossroads' }],
    });
    const all = (await t.run(TradeMeasuresDocument, {})).body.data!.tradeMeasures;
    expect(all.map((m) => m.id).sort()).toEqual(measures.map((m) => m.id).sort());
    const dates = all.map((m) => m.effective ?? m.announced);
    expect(dates).toEqual([...dates].sort());
    // An "up to" rate: 50% at most, dated as the seed file dates it.
    const mx = all.find((m) => m.id === 'measure:mx-china-car-tariff-2026')!;
    const mxSeed = measureById.get('measure:mx-china-car-tariff-2026')!;
    expect([mx.ratePercent, mx.ratePercentIsMaximum]).toEqual([50, true]);
    expect([mx.effective, mx.effectivePrecision]).toEqual([mxSeed.effective, mxSeed.effectivePrecision]);
  });

  it("puts the measures that apply to BYD on its timeline, dated as in the seed file", async () => {
    const res = await t.run(TimelineDocument, { id: 'automaker:byd', from: '2024-01-01', to: '2024-12-31' });
    expect(res.body.errors).toBeUndefined();
    const measureEvents = res.body.data!.timeline
      .filter((e) => e.kind.startsWith('MEASURE_'))
      .map((e) => [e.kind, e.date, e.subject.id]);
    // Every date of every measure the seeds link to BYD, within 2024, in order of date, kind and measure.
    const linked = new Set(measureLinks.filter((l) => l.targetId === 'automaker:byd').map((l) => l.measureId as string));
    const expected = [...linked]
      .map((id) => measureById.get(id)!)
      .flatMap((m) => [
        ['MEASURE_ANNOUNCED', m.announced, m.id],
        ['MEASURE_EFFECTIVE', m.effective, m.id],
        ['MEASURE_ENDS', m.ends, m.id],
      ])
      .filter(([, date]) => date !== null && date >= '2024-01-01' && date <= '2024-12-31')
      .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
    expect(measureEvents).toEqual(expected);
    expect(measureEvents).toEqual(
      expect.arrayContaining([
        ['MEASURE_EFFECTIVE', '2024-07-05', 'measure:eu-provisional-cvd-2024'],
        ['MEASURE_EFFECTIVE', '2024-10-30', 'measure:eu-definitive-cvd-2024'],
      ]),
    );
  });

  it('finds measures by name with search', async () => {
    const res = await t.run(SearchDocument, { text: 'countervailing duties', first: 5 });
    expect(res.body.errors).toBeUndefined();
    const found = res.body.data!.search.filter((n) => n.__typename === 'TradeMeasure').map((n) => n.id).sort();
    expect(found).toEqual(expect.arrayContaining(['measure:eu-definitive-cvd-2024', 'measure:eu-provisional-cvd-2024']));
    // Only measures whose name says so.
    for (const id of found) expect(measureById.get(id)!.name).toMatch(/countervailing dut/i);
  });

  it('refuses an id of another kind with BAD_USER_INPUT', async () => {
    const res = await t.run(TradeMeasureDocument, { id: 'automaker:byd' });
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors![0]!.message).toBe('Argument "id" must be the id of a measure; got "automaker:byd".');
  });
});

describe('factory claims', () => {
  it("keeps the two Szeged investment claims side by side, each with its own source", async () => {
    const res = await t.run(FactoryClaimsDocument, { id: 'factory:byd-szeged', kind: 'INVESTMENT' as any });
    expect(res.body.errors).toBeUndefined();
    const got = res.body.data!.factory!.claims.map((c) => [c.value, c.unit, c.lowerBound, c.asOf, c.sources.map((s) => s.id)]);
    expect(got).toEqual([
      [1e9, 'EUR', true, '2025-05-01', ['source:wcevcar-2025-byd-szeged-investment']],
      [4e9, 'EUR', false, '2025-09-01', ['source:automotiveworld-2025-byd-hungary-seagull']],
    ]);
  });

  it('gives every claim of every factory as in the seed file', async () => {
    for (const factoryId of [...new Set(claims.map((c) => c.factoryId as string))]) {
      const got = (await t.run(FactoryClaimsDocument, { id: factoryId })).body.data!.factory!.claims;
      const expected = claims.filter((c) => c.factoryId === factoryId);
      expect(got.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
      for (const c of got) {
        const seed = expected.find((e) => e.id === c.id)!;
        expect([c.kind, c.value, c.unit, c.basis, c.asOf, c.asOfPrecision, c.lowerBound]).toEqual([
          seed.kind, seed.value, seed.unit, seed.basis, seed.asOf, seed.asOfPrecision, seed.lowerBound,
        ]);
        expect(c.sources.map((s) => s.id)).toEqual(seed.sources);
      }
    }
  });
});

describe('company links and statistics', () => {
  it("gives Geely's stakes and ownership, and Proton's side seen from Proton, with sources", async () => {
    const seen = async (id: string) => {
      const links = (await t.run(CompanyLinksDocument, { id })).body.data!.automaker!.companyLinks;
      const kinds = links.map((l) => l.kind);
      expect(kinds).toEqual([...kinds].sort());
      for (const l of links) expect(l.sources.length).toBeGreaterThan(0);
      const rows = links.map((l) => [l.kind, l.direction, l.automaker.id, l.stakePercent, l.since, l.sincePrecision, l.until]);
      // Every tie to another automaker the seeds state, dated as they date it.
      expect([...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(linksSeenFrom(id));
      return rows;
    };
    // Geely owns Volvo and holds 51% of Lotus and 49.9% of Proton, among its other ties.
    const geely = await seen('automaker:geely');
    expect(geely.map(([kind, direction, other, stake]) => [kind, direction, other, stake])).toEqual(
      expect.arrayContaining([
        ['OWNS', 'OUTGOING', 'automaker:volvo', null],
        ['OWNS_STAKE_IN', 'OUTGOING', 'automaker:lotus', 51],
        ['OWNS_STAKE_IN', 'OUTGOING', 'automaker:proton', 49.9],
      ]),
    );
    const proton = await seen('automaker:proton');
    expect(proton.map(([kind, direction, other, stake]) => [kind, direction, other, stake])).toEqual(
      expect.arrayContaining([['OWNS_STAKE_IN', 'INCOMING', 'automaker:geely', 49.9]]),
    );
    // JAC built NIO's cars until 2023.
    const nio = await seen('automaker:nio');
    expect(nio.map(([kind, direction, other, , , , until]) => [kind, direction, other, until])).toEqual(
      expect.arrayContaining([['CONTRACT_MANUFACTURES_FOR', 'INCOMING', 'automaker:jac', '2023-01-01']]),
    );
  });

  it('gives every link between two automakers once from each side, as in the seed file', async () => {
    // Automaker.companyLinks lists ties to other automakers; links to brands, factories and
    // organizations are not among them.
    const ids = [...new Set(automakerLinks.flatMap((l) => [l.fromId as string, l.toId as string]))];
    let outgoing = 0;
    let incoming = 0;
    for (const id of ids) {
      const links = (await t.run(CompanyLinksDocument, { id })).body.data!.automaker!.companyLinks;
      outgoing += links.filter((l) => l.direction === 'OUTGOING').length;
      incoming += links.filter((l) => l.direction === 'INCOMING').length;
      expect(links.length).toBe(automakerLinks.filter((l) => l.fromId === id || l.toId === id).length);
    }
    expect(outgoing).toBe(automakerLinks.length);
    expect(incoming).toBe(automakerLinks.length);
  });

  it('gives what JAMA publishes for Japan, with its source', async () => {
    const res = await t.run(StatisticsPublisherDocument, { id: 'org:jama' });
    const org = res.body.data!.node as any;
    expect(org.statisticsFor).toEqual([
      {
        series: ['PRODUCTION', 'DOMESTIC_SALES', 'EXPORTS'],
        vehicleClass: 'ALL_VEHICLES',
        country: { id: 'country:JP' },
        sources: [{ id: 'source:steelorbis-2024-japan-auto-output-2023' }],
      },
    ]);
  });
});

describe('provenance and counts', () => {
  it('leaves no fact unsourced, and every new fact names sources that exist', async () => {
    expect((await t.run(UnsourcedFactsDocument, {})).body.data!.unsourcedFacts.totalCount).toBe(0);
    for (const record of [...measures, ...measureLinks, ...companyLinks, ...statistics, ...claims]) {
      expect(record.sources.length).toBeGreaterThan(0);
      for (const id of record.sources) expect(sourceIds.has(id)).toBe(true);
    }
  });

  it("lists a measure, its links and a claim among the facts of their sources", async () => {
    const facts = async (id: string): Promise<{ id: string; kind: string; type: string }[]> => {
      const res = await t.run(SourceFactsDocument, { id, first: 100 });
      return (res.body.data!.node as any).facts.edges.map((e: any) => e.node);
    };
    const wisetech = await facts('source:wisetech-2024-eu-definitive-bev-duties');
    expect(wisetech).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'measure:eu-definitive-cvd-2024', kind: 'ENTITY', type: 'TradeMeasure' }),
        expect.objectContaining({ id: 'APPLIES_TO:measure:eu-definitive-cvd-2024:automaker:byd', kind: 'RELATIONSHIP' }),
        expect.objectContaining({ id: 'IMPOSED_BY:measure:eu-definitive-cvd-2024:market:eu', kind: 'RELATIONSHIP' }),
      ]),
    );
    const wcevcar = await facts('source:wcevcar-2025-byd-szeged-investment');
    expect(wcevcar).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'claim:byd-szeged-investment-wcevcar', kind: 'ENTITY', type: 'FactoryClaim' })]),
    );
    // A claim's CLAIM_ABOUT is part of the claim, not a fact of its own.
    expect(wcevcar.some((f) => f.type === 'CLAIM_ABOUT')).toBe(false);
    const borneo = await facts('source:borneopost-2017-geely-drb-hicom-contract');
    expect(borneo.map((f) => f.id)).toContain('OWNS:automaker:geely:automaker:volvo');
  });

  it('counts each new kind as many times as its seed file has records', async () => {
    const res = await t.run(DatasetDocument, {});
    const counts = Object.fromEntries(res.body.data!.dataset.counts.map((c) => [c.kind, c.count]));
    expect(counts).toMatchObject({
      tradeMeasures: measures.length,
      measureLinks: measureLinks.length,
      companyLinks: companyLinks.length,
      statisticsLinks: statistics.length,
      factoryClaims: claims.length,
    });
  });
});
