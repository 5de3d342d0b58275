/**
 * The research instrument, against the seeded graph in a real Neo4j: provenance on every fact,
 * competing figures and the rule that prefers one, time (asOf, timeline), and the example
 * operations that answer the questions.
 */

import {
  AutomakerMarketsAsOfDocument,
  ExportLeadEvidenceDocument,
  FactoriesInCountryWithEvidenceDocument,
  FactoryStatusAsOfDocument,
  FigureCompetitionDocument,
  RankingAsOfDocument,
  SourceFactsDocument,
  TimelineDocument,
  UnsourcedFactsDocument,
} from '../../schema/generated/graphql';
import { SEED_FIGURES, preferFigure, type SeedFigure } from '../support/seed-figures';
import { datasetRevision, setDatasetRevision, startTestServer, TEST_TOKEN, type TestServer } from '../support/test-server';

const CNN = 'source:cnn-2024-china-top-car-exporter';
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

const figures = SEED_FIGURES;
const prefer = preferFigure;
const groupKey = (f: SeedFigure) =>
  [f.exporterId, f.destinationId, f.metric, f.periodStart, f.periodEnd, f.vehicleClass, f.countedBy].join('|');

let t: TestServer;
/** Its mutations count contributions: the revision is put back for the files after this one. */
let initialRevision: number;
beforeAll(async () => {
  t = await startTestServer();
  initialRevision = await datasetRevision(t.executor);
});
afterAll(async () => {
  await setDatasetRevision(t.executor, initialRevision);
  await t.close();
});

describe('provenance', () => {
  it('finds no unsourced fact in the seeded graph', async () => {
    const res = await t.run(UnsourcedFactsDocument, { first: 10 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.unsourcedFacts).toEqual({ totalCount: 0, edges: [] });
  });

  it('lists an automaker added without sources as unsourced, and forgets it once deleted', async () => {
    const id = 'automaker:unsourced-test';
    const up = await t.request(`mutation { upsertAutomaker(input: {id: "${id}", name: "Unsourced Test", countryId: "country:CN"}) { id } }`, {}, auth);
    expect(up.body.errors).toBeUndefined();
    try {
      const res = await t.run(UnsourcedFactsDocument, { first: 10 });
      const facts = res.body.data!.unsourcedFacts;
      expect(facts.totalCount).toBe(2);
      // Ordered by fact id: "HEADQUARTERED_IN:…" sorts before "automaker:…".
      expect(facts.edges.map((e) => [e.node.kind, e.node.type, e.node.subject.id, e.node.object?.id ?? null])).toEqual([
        ['RELATIONSHIP', 'HEADQUARTERED_IN', id, 'country:CN'],
        ['ENTITY', 'Automaker', id, null],
      ]);
    } finally {
      await t.request(`mutation { deleteEntity(id: "${id}") }`, {}, auth);
    }
    expect((await t.run(UnsourcedFactsDocument, {})).body.data!.unsourcedFacts.totalCount).toBe(0);
  });

  it("pages through every fact the CNN article states, without gaps or repeats, and the count matches the graph's", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const res: Awaited<ReturnType<TestServer['run']>> = await t.run(SourceFactsDocument, { id: CNN, first: 25, after });
      expect(res.body.errors).toBeUndefined();
      const facts: any = (res.body.data as any).node.facts;
      total = facts.totalCount;
      seen.push(...facts.edges.map((e: any) => e.node.id));
      if (!facts.pageInfo.hasNextPage) break;
      after = facts.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBe(total);
    const [direct] = await t.executor.read<{ n: number }>(
      `CALL () { MATCH (n:Entity) WHERE NOT n:Source AND NOT n:TradeFigure AND $id IN n.sources RETURN count(n) AS c
                 UNION ALL MATCH (a:Entity)-[r]->(:Entity) WHERE NOT a:TradeFigure AND $id IN r.sources RETURN count(r) AS c
                 UNION ALL MATCH (:TradeFigure)-[:STATED_IN]->(:Source {id: $id}) RETURN count(*) AS c }
       RETURN sum(c) AS n`,
      { id: CNN },
    );
    expect(total).toBe(direct!.n);
    expect(seen).toEqual(expect.arrayContaining(['automaker:byd', 'figure:cn-world-2023-units-cpca-estimate', `OPERATES:automaker:byd:factory:byd-szeged`]));
  });

  it('gives each relationship-shaped field the sources stored on that relationship', async () => {
    const res = await t.run(FactoriesInCountryWithEvidenceDocument, { country: 'country:HU' });
    expect(res.body.errors).toBeUndefined();
    const rows = await t.executor.read<{ id: string; operated: string[]; located: string[] }>(
      `MATCH (a:Automaker)-[o:OPERATES]->(f:Factory)-[l:LOCATED_IN]->(:Country {id: 'country:HU'})
       RETURN f.id AS id, o.sources AS operated, l.sources AS located`,
    );
    expect(rows.length).toBe(2);
    for (const row of rows) {
      const factory = res.body.data!.country!.factories.find((f) => f.id === row.id)!;
      expect(factory.operator.sources.map((s) => s.id).sort()).toEqual([...row.operated].sort());
      expect(factory.location.sources.map((s) => s.id).sort()).toEqual([...row.located].sort());
      expect(factory.operator.automaker.id).toBe('automaker:byd');
    }
    const szeged = res.body.data!.country!.factories.find((f) => f.id === 'factory:byd-szeged')!;
    expect(szeged).toMatchObject({ announced: '2023-12-01', announcedPrecision: 'MONTH' });
  });

  it('gives headquarters, region membership and a body\'s base their evidence', async () => {
    const res = await t.request(`{
      automaker(id: "automaker:byd") { headquarters { country { id } sources { id } } }
      market(id: "market:southeast-asia") { members { country { id } sources { id } } countries { id } }
      node(id: "org:jama") { ... on Organization { basedIn { country { id } sources { id } } } } }`);
    expect(res.body.errors).toBeUndefined();
    const [hq] = await t.executor.read<{ sources: string[] }>(
      `MATCH (:Automaker {id: 'automaker:byd'})-[h:HEADQUARTERED_IN]->() RETURN h.sources AS sources`,
    );
    const data = res.body.data!;
    expect(data.automaker.headquarters.country.id).toBe('country:CN');
    expect(data.automaker.headquarters.sources.map((s: any) => s.id).sort()).toEqual([...hq!.sources].sort());
    expect(data.market.members.map((m: any) => m.country.id).sort()).toEqual(data.market.countries.map((c: any) => c.id).sort());
    for (const member of data.market.members) expect(member.sources.length).toBeGreaterThan(0);
    expect(data.node.basedIn.country.id).toBe('country:JP');
    expect(data.node.basedIn.sources.length).toBeGreaterThan(0);
  });
});

describe('competing figures', () => {
  it('marks exactly the figure the documented rule prefers in every group, and lists the others as alternatives', async () => {
    const groups = new Map<string, SeedFigure[]>();
    for (const f of figures) groups.set(groupKey(f), [...(groups.get(groupKey(f)) ?? []), f]);
    const ids = figures.map((f) => f.id);
    const answers = new Map<string, { preferred: boolean; alternatives: string[] }>();
    for (const id of ids) {
      const one = await t.run(FigureCompetitionDocument, { id });
      const node = one.body.data!.node as any;
      answers.set(id, { preferred: node.preferred, alternatives: node.alternatives.map((a: any) => a.id) });
    }
    let competing = 0;
    for (const group of groups.values()) {
      const ordered = [...group].sort(prefer);
      if (group.length > 1) competing++;
      for (const f of group) {
        const answer = answers.get(f.id)!;
        expect({ id: f.id, preferred: answer.preferred }).toEqual({ id: f.id, preferred: f.id === ordered[0]!.id });
        expect(answer.alternatives).toEqual(ordered.filter((g) => g.id !== f.id).map((g) => g.id));
      }
    }
    expect(competing).toBeGreaterThanOrEqual(5);
  });

  it('answers "did China out-export Japan in 2023, by what evidence, and what disagrees"', async () => {
    const res = await t.run(ExportLeadEvidenceDocument, { year: 2023 });
    expect(res.body.errors).toBeUndefined();
    const [first, second] = res.body.data!.newVehicles;
    expect(first!.exporter).toMatchObject({ id: 'country:CN' });
    expect(second!.exporter).toMatchObject({ id: 'country:JP' });
    expect(first!.figure).toMatchObject({ id: 'figure:cn-world-2023-units-caam', basis: 'OFFICIAL', preferred: true, reportedBy: { id: 'org:caam' } });
    expect(first!.figure.alternatives.map((a) => a.id)).toEqual(
      expect.arrayContaining(['figure:cn-world-2023-units-cpca-estimate', 'figure:cn-world-2023-units-caam-kesq']),
    );
    for (const alternative of first!.figure.alternatives) expect(alternative.preferred).toBe(false);
    // Japan's customs count is a different measure: it is not an alternative, but it is listed as disagreeing.
    expect(second!.figure.alternatives.map((a) => a.id)).not.toContain('figure:jp-world-2023-units-japan-customs');
    expect(second!.figure.otherMeasures.map((a) => a.id)).toContain('figure:jp-world-2023-units-japan-customs');
    const customs = res.body.data!.customsCounts;
    expect(customs[0]!.exporter).toMatchObject({ id: 'country:JP' });
    for (const rank of customs) expect(rank.figure.countedBy).toBe('CUSTOMS');
  });

  it("ranks as of a day with only the figures published by then", async () => {
    const early = await t.run(RankingAsOfDocument, { year: 2023, asOf: '2024-01-05' });
    expect(early.body.errors).toBeUndefined();
    const china = early.body.data!.exporterRanking.find((r) => 'id' in r.exporter && r.exporter.id === 'country:CN')!;
    expect(china.figure.id).toBe('figure:cn-world-2023-units-cpca-estimate');
    for (const rank of early.body.data!.exporterRanking) expect(rank.figure.source.published! <= '2024-01-05').toBe(true);
    const late = await t.run(RankingAsOfDocument, { year: 2023, asOf: '2030-01-01' });
    const chinaLate = late.body.data!.exporterRanking.find((r) => 'id' in r.exporter && r.exporter.id === 'country:CN')!;
    expect(chinaLate.figure.id).toBe('figure:cn-world-2023-units-caam');
    const before = await t.run(RankingAsOfDocument, { year: 2023, asOf: '2023-01-01' });
    expect(before.body.data!.exporterRanking).toEqual([]);
  });

  it('resolves preferred and alternatives of many figures in a constant number of queries', async () => {
    const query = (year: number) => `{ country(id: "country:CN") { exports(filter: {year: ${year}}) { id preferred alternatives { id preferred } otherMeasures { id } } } }`;
    const small = await t.request(query(2021));
    const large = await t.request(query(2023));
    expect(small.body.errors).toBeUndefined();
    expect(large.body.data!.country.exports.length).toBeGreaterThan(small.body.data!.country.exports.length);
    expect(large.cypherQueries).toBe(small.cypherQueries);
  });
});

describe('time', () => {
  it("orders an automaker's timeline by date, with the evidence of each event", async () => {
    const res = await t.run(TimelineDocument, { id: 'automaker:byd' });
    expect(res.body.errors).toBeUndefined();
    const events = res.body.data!.timeline;
    expect(events.length).toBeGreaterThan(5);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of events) expect(e.sources.length).toBeGreaterThan(0);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'FACTORY_ANNOUNCED', date: '2023-12-01', precision: 'MONTH', subject: expect.objectContaining({ id: 'factory:byd-szeged' }) }),
        expect.objectContaining({ kind: 'FACTORY_OPENED', date: '2017-04-01', subject: expect.objectContaining({ id: 'factory:byd-komarom' }) }),
      ]),
    );
    const [direct] = await t.executor.read<{ n: number }>(
      `MATCH (:Automaker {id: 'automaker:byd'})-[:OPERATES]->(f:Factory)
       RETURN sum(size([d IN [f.announced, f.constructionStarted, f.opened, f.closed] WHERE d IS NOT NULL])) AS n`,
    );
    expect(events.filter((e) => e.kind.startsWith('FACTORY_')).length).toBe(direct!.n);
  });

  it('bounds a timeline by from and to, and refuses a reversed range or a bad id', async () => {
    const res = await t.run(TimelineDocument, { id: 'automaker:byd', from: '2024-01-01', to: '2024-12-31' });
    const events = res.body.data!.timeline;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.date <= '2024-12-31').toBe(true);
      expect((e.endDate ?? e.date) >= '2024-01-01').toBe(true);
    }
    const reversed = await t.run(TimelineDocument, { id: 'automaker:byd', from: '2025-01-01', to: '2024-01-01' });
    expect(reversed.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const bad = await t.run(TimelineDocument, { id: 'byd' });
    expect(bad.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const none = await t.run(TimelineDocument, { id: 'automaker:no-such-maker' });
    expect(none.body.data!.timeline).toEqual([]);
  });

  it("derives a factory's status on a day from its milestones", async () => {
    const at = async (date: string) => (await t.run(FactoryStatusAsOfDocument, { id: 'factory:byd-komarom', date })).body.data!.factory!.statusAsOf;
    expect(await at('2016-01-01')).toBeNull();
    expect(await at('2017-04-01')).toBe('OPERATING');
    expect(await at('2024-01-01')).toBe('OPERATING');
    const szeged = (await t.run(FactoryStatusAsOfDocument, { id: 'factory:byd-szeged', date: '2023-11-30' })).body.data!.factory!;
    expect(szeged.statusAsOf).toBeNull();
    expect((await t.run(FactoryStatusAsOfDocument, { id: 'factory:byd-szeged', date: '2023-12-01' })).body.data!.factory!.statusAsOf).toBe('ANNOUNCED');
  });

  it('keeps market links that held on a day, with their sources', async () => {
    const all = await t.run(AutomakerMarketsAsOfDocument, { id: 'automaker:byd' });
    const asOf = await t.run(AutomakerMarketsAsOfDocument, { id: 'automaker:byd', asOf: '2024-06-01' });
    const links = all.body.data!.automaker!.markets;
    const held = links.filter((l) => (l.since === null || l.since <= '2024-06-01') && (l.until === null || l.until > '2024-06-01'));
    expect(asOf.body.data!.automaker!.markets).toEqual(held);
    for (const link of links) expect(link.sources.length).toBeGreaterThan(0);
  });
});
