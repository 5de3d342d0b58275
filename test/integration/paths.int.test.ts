/**
 * Paths with evidence and neighbourhoods against the seeded Neo4j. Every answer is checked against
 * what the graph holds, read directly with plain Cypher (variable-length matches enumerated in full,
 * relationships read by their ends), rather than against remembered results.
 */

import { LINK_TYPES } from '../../src/graph/graph.enums';
import {
  NeighborhoodDocument,
  PathBetweenDocument,
  PathViaAvoidDocument,
  ShortestPathsDocument,
  type EntityKind,
  type PathConstraint,
  type ShortestPathsQuery,
} from '../../schema/generated/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

// Some checks enumerate every path within the bound in plain Cypher, which takes seconds on a busy
// machine; jest ignores a project-level testTimeout, so it is set here.
jest.setTimeout(60_000);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

type FoundPath = ShortestPathsQuery['paths'][number];

const LINKS = LINK_TYPES.join('|');
const LABEL: Record<EntityKind, string> = {
  COUNTRY: 'Country',
  AUTOMAKER: 'Automaker',
  BRAND: 'Brand',
  FACTORY: 'Factory',
  MARKET: 'Market',
  ORGANIZATION: 'Organization',
  FIGURE: 'TradeFigure',
  MEASURE: 'TradeMeasure',
  CLAIM: 'FactoryClaim',
};

/**
 * Lengths of every simple path of at most `hops` relationships (as the server follows them) that
 * meets the constraints, shortest first: enumerated in full, with no shortest-path search involved.
 * The hop bound is a test constant from this file.
 */
async function allPathLengths(from: string, to: string, hops: number, via: PathConstraint = {}, avoid: PathConstraint = {}): Promise<number[]> {
  const rows = await t.executor.read<{ length: number }>(
    `MATCH p = (a:Entity {id: $from})-[:${LINKS}*1..${hops}]-(b:Entity {id: $to})
     WITH p, nodes(p)[1..-1] AS inner, relationships(p) AS rels
     WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
       AND none(n IN inner WHERE any(l IN labels(n) WHERE l IN $avoidLabels))
       AND none(r IN rels WHERE type(r) IN $avoidTypes)
       AND (size($viaLabels) = 0 OR any(n IN inner WHERE any(l IN labels(n) WHERE l IN $viaLabels)))
       AND (size($viaTypes) = 0 OR any(r IN rels WHERE type(r) IN $viaTypes))
     RETURN length(p) AS length ORDER BY length`,
    {
      from,
      to,
      avoidLabels: (avoid.kinds ?? []).map((k) => LABEL[k]),
      avoidTypes: avoid.relationshipTypes ?? [],
      viaLabels: (via.kinds ?? []).map((k) => LABEL[k]),
      viaTypes: via.relationshipTypes ?? [],
    },
  );
  return rows.map((r) => r.length);
}

/** The stored relationship of this type between these ends (in the stored direction), or undefined. */
async function storedRelationship(type: string, from: string, to: string) {
  const [row] = await t.executor.read<{ sources: string[]; since: string | null; sincePrecision: string | null }>(
    `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
     RETURN coalesce(r.sources, []) AS sources, r.since AS since, r.sincePrecision AS sincePrecision`,
    { type, from, to },
  );
  return row;
}

/** Checks a path hop by hop against the graph: ends, joins, direction, type and evidence. */
async function expectTrueToTheGraph(path: FoundPath, from: string, to: string): Promise<void> {
  const ids = path.nodes.map((n) => n.id);
  expect(ids[0]).toBe(from);
  expect(ids[ids.length - 1]).toBe(to);
  expect(path.steps).toHaveLength(path.length);
  expect(new Set(ids).size).toBe(ids.length);
  for (const [i, step] of path.steps.entries()) {
    const [earlier, later] = [ids[i], ids[i + 1]];
    if (step.direction === 'FORWARD') expect([step.from, step.to]).toEqual([earlier, later]);
    else expect([step.from, step.to]).toEqual([later, earlier]);
    const stored = await storedRelationship(step.type, step.from, step.to);
    expect(stored).toBeDefined();
    expect(step.sources.map((s) => s.id).sort()).toEqual([...new Set(stored!.sources)].sort());
    expect(step.sources.length).toBeGreaterThan(0);
    for (const source of step.sources) expect(source.publisher).toEqual(expect.any(String));
  }
  for (const node of path.nodes) expect(node.__typename).not.toBe('Source');
}

const signature = (path: FoundPath): string => path.steps.map((s) => `${s.type}:${s.from}:${s.to}`).join('|');

describe('path and paths: Tesla to the Russian market', () => {
  it('paths(first: 3) are the three shortest, distinct, shortest first, with direction and evidence per hop', async () => {
    const res = await t.run(ShortestPathsDocument, {});
    expect(res.body.errors).toBeUndefined();
    const paths = res.body.data!.paths;
    const expected = (await allPathLengths('automaker:tesla', 'market:russia', 4)).slice(0, 3);
    expect(expected.length).toBeGreaterThan(0);
    expect(paths.map((p) => p.length)).toEqual(expected);
    expect(new Set(paths.map(signature)).size).toBe(paths.length);
    for (const path of paths) await expectTrueToTheGraph(path, 'automaker:tesla', 'market:russia');
    // Relationships are walked both ways on the way to Russia (e.g. a figure's EXPORTER link back to China).
    expect(paths.flatMap((p) => p.steps.map((s) => s.direction))).toEqual(expect.arrayContaining(['FORWARD', 'BACKWARD']));
  });

  it('paths(first: 10, maxHops: 5) are non-decreasing in length and match the graph', async () => {
    const res = await t.run(ShortestPathsDocument, { maxHops: 5, first: 10 });
    expect(res.body.errors).toBeUndefined();
    const paths = res.body.data!.paths;
    const expected = (await allPathLengths('automaker:tesla', 'market:russia', 5)).slice(0, 10);
    expect(paths.map((p) => p.length)).toEqual(expected);
    expect(new Set(paths.map(signature)).size).toBe(paths.length);
  });

  it('path is one of the shortest, with the same evidence rules', async () => {
    const res = await t.run(PathBetweenDocument, { from: 'automaker:tesla', to: 'market:russia', maxHops: 4 });
    const path = res.body.data!.path!;
    const [shortest] = await allPathLengths('automaker:tesla', 'market:russia', 4);
    expect(path.length).toBe(shortest);
    const ids = path.nodes.map((n) => n.id);
    path.steps.forEach((step, i) => expect([step.from, step.to].sort()).toEqual([ids[i], ids[i + 1]].sort()));
  });

  it('avoid kinds [MARKET] leaves out the paths through other markets', async () => {
    const avoid: PathConstraint = { kinds: ['MARKET'] };
    const res = await t.run(ShortestPathsDocument, { maxHops: 4, first: 10, avoid });
    const paths = res.body.data!.paths;
    const avoiding = await allPathLengths('automaker:tesla', 'market:russia', 4, {}, avoid);
    expect(paths.map((p) => p.length)).toEqual(avoiding.slice(0, 10));
    for (const path of paths) expect(path.nodes.slice(1, -1).map((n) => n.__typename)).not.toContain('Market');
    // The condition matters here: some paths within 4 hops go through another market (Tesla sells in China).
    expect(avoiding.length).toBeLessThan((await allPathLengths('automaker:tesla', 'market:russia', 4)).length);
  });

  it('avoid kinds [FIGURE] needs a longer path (or none within the bound), and takes none through a figure', async () => {
    const avoid: PathConstraint = { kinds: ['FIGURE'] };
    const [within4] = await allPathLengths('automaker:tesla', 'market:russia', 4, {}, avoid);
    const short = await t.run(PathViaAvoidDocument, { maxHops: 4, avoid });
    expect(short.body.data!.withoutFigures?.length ?? null).toBe(within4 ?? null);
    const [within6] = await allPathLengths('automaker:tesla', 'market:russia', 6, {}, avoid);
    const long = await t.run(PathViaAvoidDocument, { maxHops: 6, avoid });
    const path = long.body.data!.withoutFigures;
    expect(path?.length ?? null).toBe(within6 ?? null);
    expect(path).not.toBeNull();
    expect(path!.nodes.slice(1, -1).map((n) => n.__typename)).not.toContain('TradeFigure');
    // The start and the end are never excluded, even of an avoided kind.
    const ends = await t.run(PathViaAvoidDocument, { maxHops: 6, avoid: { kinds: ['AUTOMAKER', 'MARKET'] } });
    expect(ends.body.errors).toBeUndefined();
  });

  it('avoid relationshipTypes drops every step of those types', async () => {
    const avoid: PathConstraint = { relationshipTypes: ['EXPORTER', 'SELLS_IN'] };
    const res = await t.run(ShortestPathsDocument, { maxHops: 6, first: 5, avoid });
    const paths = res.body.data!.paths;
    expect(paths.map((p) => p.length)).toEqual((await allPathLengths('automaker:tesla', 'market:russia', 6, {}, avoid)).slice(0, 5));
    for (const step of paths.flatMap((p) => p.steps)) expect(['EXPORTER', 'SELLS_IN']).not.toContain(step.type);
  });

  it('via kinds [ORGANIZATION] forces an organization on the way', async () => {
    const via: PathConstraint = { kinds: ['ORGANIZATION'] };
    const res = await t.run(ShortestPathsDocument, { maxHops: 5, first: 5, via });
    const paths = res.body.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((p) => p.length)).toEqual((await allPathLengths('automaker:tesla', 'market:russia', 5, via)).slice(0, 5));
    for (const path of paths) {
      expect(path.nodes.slice(1, -1).map((n) => n.__typename)).toContain('Organization');
      await expectTrueToTheGraph(path, 'automaker:tesla', 'market:russia');
    }
  });

  it('via relationshipTypes [BASED_IN] and kinds [FACTORY] need both', async () => {
    const via: PathConstraint = { kinds: ['FACTORY'], relationshipTypes: ['BASED_IN'] };
    const res = await t.run(ShortestPathsDocument, { maxHops: 6, first: 3, via });
    const paths = res.body.data!.paths;
    expect(paths.map((p) => p.length)).toEqual((await allPathLengths('automaker:tesla', 'market:russia', 6, via)).slice(0, 3));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes.slice(1, -1).map((n) => n.__typename)).toContain('Factory');
      expect(path.steps.map((s) => s.type)).toContain('BASED_IN');
    }
  });
});

describe('path steps', () => {
  it('walking a relationship against its stored direction is BACKWARD, with from/to as stored', async () => {
    const res = await t.run(ShortestPathsDocument, { from: 'factory:tesla-shanghai', to: 'automaker:tesla', maxHops: 1, first: 1 });
    expect(res.body.data!.paths).toEqual([
      expect.objectContaining({
        length: 1,
        steps: [expect.objectContaining({ type: 'OPERATES', direction: 'BACKWARD', from: 'automaker:tesla', to: 'factory:tesla-shanghai' })],
      }),
    ]);
  });

  it('carries since and its precision where the relationship has them', async () => {
    const stored = await storedRelationship('SELLS_IN', 'automaker:tesla', 'market:china');
    expect(stored?.since).toEqual(expect.any(String));
    const res = await t.run(ShortestPathsDocument, {
      from: 'automaker:tesla',
      to: 'market:china',
      maxHops: 1,
      first: 3,
      via: { relationshipTypes: ['SELLS_IN'] },
    });
    const [path] = res.body.data!.paths;
    expect(path!.steps[0]).toMatchObject({
      type: 'SELLS_IN',
      direction: 'FORWARD',
      since: stored!.since,
      sincePrecision: stored!.sincePrecision,
      until: null,
    });
  });

  it('paths from an entity to itself are the empty path; first outside 1 to 10 is refused', async () => {
    const self = await t.run(ShortestPathsDocument, { from: 'country:CN', to: 'country:CN' });
    expect(self.body.data!.paths).toEqual([{ length: 0, nodes: [{ __typename: 'Country', id: 'country:CN' }], steps: [] }]);
    const bad = await t.run(ShortestPathsDocument, { first: 11 });
    expect(bad.body.errors?.[0]).toMatchObject({
      message: 'Argument "first" must be an integer from 1 to 10; got 11.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('runs one Cypher statement for the paths, whatever their number, plus the batched loads', async () => {
    const one = await t.run(ShortestPathsDocument, { first: 1 });
    const ten = await t.run(ShortestPathsDocument, { first: 10 });
    // 1 path query + one per kind of node on the paths (at most 8) + 1 for the sources.
    expect(one.cypherQueries).toBeLessThanOrEqual(10);
    expect(ten.cypherQueries).toBeLessThanOrEqual(10);
  });
});

describe('neighborhood', () => {
  async function directNeighbours(id: string): Promise<string[]> {
    const rows = await t.executor.read<{ id: string }>(
      `MATCH (:Entity {id: $id})-[:${LINKS}]-(n:Entity) RETURN DISTINCT n.id AS id ORDER BY id`,
      { id },
    );
    return rows.map((r) => r.id);
  }

  it('of BYD at depth 1: its factories, home country and every other neighbour, with evidence on each edge', async () => {
    const res = await t.run(NeighborhoodDocument, {});
    expect(res.body.errors).toBeUndefined();
    const hood = res.body.data!.neighborhood!;
    expect(hood.center).toEqual({ __typename: 'Automaker', id: 'automaker:byd' });
    expect(hood.truncated).toBe(false);
    const ids = hood.nodes.map((n) => n.id);
    expect(ids[0]).toBe('automaker:byd');
    const neighbours = await directNeighbours('automaker:byd');
    expect(ids.slice(1)).toEqual(neighbours);

    const factories = await t.executor.read<{ id: string }>('MATCH (:Automaker {id: $id})-[:OPERATES]->(f) RETURN f.id AS id', { id: 'automaker:byd' });
    const [hq] = await t.executor.read<{ id: string }>('MATCH (:Automaker {id: $id})-[:HEADQUARTERED_IN]->(c) RETURN c.id AS id', { id: 'automaker:byd' });
    expect(factories.length).toBeGreaterThan(3);
    expect(ids).toEqual(expect.arrayContaining([...factories.map((f) => f.id), hq!.id]));
    expect(hood.nodes.map((n) => n.__typename)).not.toContain('Source');

    for (const edge of hood.edges) {
      expect(edge.id).toBe(`${edge.type}:${edge.from}:${edge.to}`);
      expect(ids).toContain(edge.from);
      expect(ids).toContain(edge.to);
      const stored = await storedRelationship(edge.type, edge.from, edge.to);
      expect(edge.sources.map((s) => s.id).sort()).toEqual([...new Set(stored!.sources)].sort());
    }
    const operates = hood.edges.filter((e) => e.type === 'OPERATES');
    expect(operates.map((e) => e.to).sort()).toEqual(factories.map((f) => f.id).sort());
    expect(hood.edges).toContainEqual(expect.objectContaining({ id: `HEADQUARTERED_IN:automaker:byd:${hq!.id}`, from: 'automaker:byd', to: hq!.id }));
    for (const edge of operates) expect(edge.sources.length).toBeGreaterThan(0);
  });

  it('returns every relationship among the returned entities, also between neighbours', async () => {
    const hood = (await t.run(NeighborhoodDocument, { depth: 2, first: 200 })).body.data!.neighborhood!;
    const ids = hood.nodes.map((n) => n.id);
    const rows = await t.executor.read<{ type: string; from: string; to: string }>(
      `UNWIND $ids AS x MATCH (a:Entity {id: x})-[r:${LINKS}]->(b:Entity) WHERE b.id IN $ids
       RETURN type(r) AS type, a.id AS from, b.id AS to`,
      { ids },
    );
    expect(hood.edges.map((e) => e.id).sort()).toEqual(rows.map((r) => `${r.type}:${r.from}:${r.to}`).sort());
    // Factories of BYD are in countries that only depth 2 reaches: their LOCATED_IN edges are there.
    expect(hood.edges.some((e) => e.type === 'LOCATED_IN' && e.from.startsWith('factory:byd-'))).toBe(true);
  });

  it('grows with depth, keeping the nearer entities first', async () => {
    const one = (await t.run(NeighborhoodDocument, { depth: 1, first: 200 })).body.data!.neighborhood!;
    const two = (await t.run(NeighborhoodDocument, { depth: 2, first: 200 })).body.data!.neighborhood!;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.edges.length).toBeGreaterThan(one.edges.length);
    // Closest first: the depth-1 entities lead the depth-2 list, in the same order.
    expect(two.nodes.slice(0, one.nodes.length).map((n) => n.id)).toEqual(one.nodes.map((n) => n.id));
  });

  it('is truncated to the closest `first` entities, by distance then id', async () => {
    const res = await t.run(NeighborhoodDocument, { depth: 2, first: 3 });
    const hood = res.body.data!.neighborhood!;
    expect(hood.truncated).toBe(true);
    expect(hood.nodes.map((n) => n.id)).toEqual(['automaker:byd', ...(await directNeighbours('automaker:byd')).slice(0, 3)]);
    const all = (await t.run(NeighborhoodDocument, { depth: 1, first: 200 })).body.data!.neighborhood!;
    const exact = (await t.run(NeighborhoodDocument, { depth: 1, first: all.nodes.length - 1 })).body.data!.neighborhood!;
    expect(exact.truncated).toBe(false);
  });

  it('follows and returns only the relationship types asked for', async () => {
    const res = await t.run(NeighborhoodDocument, { depth: 2, relationshipTypes: ['OPERATES', 'LOCATED_IN'] });
    const hood = res.body.data!.neighborhood!;
    expect(new Set(hood.edges.map((e) => e.type))).toEqual(new Set(['OPERATES', 'LOCATED_IN']));
    expect(new Set(hood.nodes.slice(1).map((n) => n.__typename))).toEqual(new Set(['Factory', 'Country']));
  });

  it('keeps the number of Cypher statements small and the same for 18 or 200 entities', async () => {
    const small = await t.run(NeighborhoodDocument, { depth: 1 });
    const large = await t.run(NeighborhoodDocument, { depth: 3, first: 200 });
    expect(large.body.data!.neighborhood!.nodes.length).toBeGreaterThan(small.body.data!.neighborhood!.nodes.length);
    // 1 neighbourhood query + one per kind of entity (at most 8) + 1 for the sources.
    expect(small.cypherQueries).toBeLessThanOrEqual(10);
    expect(large.cypherQueries).toBeLessThanOrEqual(10);
  });

  it('is null for an id that names nothing; a source is alone in its neighbourhood', async () => {
    const none = await t.run(NeighborhoodDocument, { id: 'automaker:no-such-maker' });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data!.neighborhood).toBeNull();
    const [source] = await t.executor.read<{ id: string }>('MATCH (s:Source) RETURN s.id AS id ORDER BY id LIMIT 1');
    const alone = (await t.run(NeighborhoodDocument, { id: source!.id })).body.data!.neighborhood!;
    expect(alone.nodes.map((n) => n.id)).toEqual([source!.id]);
    expect(alone.edges).toEqual([]);
  });

  it.each([
    [{ depth: 0 }, 'depth', 'Argument "depth" must be an integer from 1 to 3; got 0.'],
    [{ depth: 4 }, 'depth', 'Argument "depth" must be an integer from 1 to 3; got 4.'],
    [{ first: 201 }, 'first', 'Argument "first" must be an integer from 1 to 200; got 201.'],
    [{ relationshipTypes: [] }, 'relationshipTypes', 'Argument "relationshipTypes" must name at least one type, or be left out to follow every type; got [].'],
    [{ id: 'byd' }, 'id', undefined],
  ])('%p is BAD_USER_INPUT', async (variables, argument, message) => {
    const res = await t.run(NeighborhoodDocument, variables);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    if (message !== undefined) expect(res.body.errors?.[0]?.message).toBe(message);
  });
});
