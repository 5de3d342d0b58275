/**
 * Paths and neighbourhoods without a database: the fixed Cypher chosen for each bound, the
 * parameters built from `via`, `avoid` and `relationshipTypes`, and the argument checks.
 */

import type { GraphQLError } from 'graphql';
import { EntityKind, LINK_TYPES, PathDirection, RelationshipType, labelsOf, neo4jTypesOf } from '../../src/graph/graph.enums';
import {
  ENTITY_EXISTS,
  PLACE_TWINS,
  allNeighborhoodQueries,
  allShortestPathsQueries,
  neighborhoodQuery,
  shortestPathsQuery,
} from '../../src/graph/graph.repository';
import { findNeighborhood, getValidDepth, getValidRelationshipTypes } from '../../src/graph/neighborhood.service';
import { findPaths, getValidMaxHops, getValidPathCount, withDirections } from '../../src/graph/path.service';
import { fakeExecutor } from './fake-executor';

/** The error a function throws, for checking its message and code. */
async function errorOf(work: () => unknown): Promise<GraphQLError> {
  try {
    await work();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

const step = (type: string, from: string, to: string) => ({
  type,
  from,
  to,
  since: null,
  sincePrecision: null,
  until: null,
  untilPrecision: null,
  sources: [`source:${type.toLowerCase()}`],
});

describe('shortest-path queries', () => {
  it('have one fixed text per (maxHops 1-6, k 1-10) pair, with the bound and k written in', () => {
    expect(allShortestPathsQueries()).toHaveLength(60);
    const cypher = shortestPathsQuery(4, 3);
    expect(cypher).toContain('MATCH (a:Entity) WHERE a.id IN $fromIds\nMATCH (b:Entity) WHERE b.id IN $toIds AND b <> a');
    expect(cypher).toContain(`MATCH SHORTEST 3 (p = (a) (()-[r:${LINK_TYPES.join('|')} WHERE NOT type(r) IN $avoidTypes]-(n)`);
    expect(cypher).toContain('){1,4} (b)');
    expect(shortestPathsQuery(6, 10)).toContain('MATCH SHORTEST 10 (');
    expect(shortestPathsQuery(6, 10)).toContain('){1,6} (b)');
  });

  it('refuse a bound or k that has no query (callers validate first)', () => {
    expect(() => shortestPathsQuery(7, 1)).toThrow('No shortest-path query for 7 hops and 1 paths.');
    expect(() => shortestPathsQuery(4, 11)).toThrow('No shortest-path query for 4 hops and 11 paths.');
  });

  it('filter inside the parenthesised pattern (pre-filters), never in a WHERE after it', () => {
    const cypher = shortestPathsQuery(4, 3);
    // The closing parenthesis of the path pattern comes after every condition.
    const patternEnd = cypher.indexOf('nodes(p)[..i]))');
    expect(patternEnd).toBeGreaterThan(0);
    for (const condition of ['$avoidTypes', '$avoidLabels', '$viaLabels', '$viaTypes']) {
      expect(cypher.indexOf(condition)).toBeLessThan(patternEnd);
    }
    expect(cypher).toContain('n = b OR none(label IN labels(n) WHERE label IN $avoidLabels)');
    expect(cypher).toContain('any(x IN n[..-1] WHERE any(label IN labels(x) WHERE label IN $viaLabels))');
    expect(cypher).toContain('any(x IN r WHERE type(x) IN $viaTypes)');
    expect(cypher).toContain('ORDER BY length, nodeIds');
  });

  it('never follow STATED_IN: sources are evidence', () => {
    // The search pattern itself (the records read for the nodes found may name a figure's source).
    const patterns = allShortestPathsQueries().map((cypher) => cypher.slice(cypher.indexOf('MATCH SHORTEST'), cypher.indexOf('\nWITH p')));
    for (const pattern of patterns) expect(pattern).toContain('-[r:');
    for (const cypher of [...patterns, ...allNeighborhoodQueries()]) expect(cypher).not.toContain('STATED_IN');
    expect(LINK_TYPES).not.toContain('STATED_IN');
  });

  it('take every value as a parameter (no quoted literal at all)', () => {
    for (const cypher of [...allShortestPathsQueries(), ...allNeighborhoodQueries()]) expect(cypher).not.toMatch(/['"]/);
  });
});

describe('neighbourhood queries', () => {
  it('have one fixed text per depth 1 to 3', () => {
    expect(allNeighborhoodQueries()).toHaveLength(3);
    expect(neighborhoodQuery(1)).toContain(']-{1,1}(n:Entity)');
    expect(neighborhoodQuery(3)).toContain(']-{1,3}(n:Entity)');
    expect(neighborhoodQuery(2)).toContain('LIMIT $first + 1');
    expect(neighborhoodQuery(2)).toContain('WHERE type(r) IN $types AND y IN members');
    expect(() => neighborhoodQuery(4)).toThrow('No neighborhood query for depth 4.');
  });
});

describe('allow-lists', () => {
  it('map every kind to its label and every relationship type to itself, without duplicates', () => {
    expect(labelsOf(Object.values(EntityKind))).toEqual(['Country', 'Automaker', 'Brand', 'Factory', 'Market', 'Organization', 'TradeFigure', 'TradeMeasure', 'FactoryClaim']);
    expect(labelsOf([EntityKind.FIGURE, EntityKind.FIGURE])).toEqual(['TradeFigure']);
    expect(labelsOf(null)).toEqual([]);
    expect(neo4jTypesOf(Object.values(RelationshipType))).toEqual(LINK_TYPES);
    expect(neo4jTypesOf(undefined)).toEqual([]);
  });

  it('refuse a value that is not in them', () => {
    expect(() => labelsOf(['SOURCE' as EntityKind])).toThrow('"SOURCE" is not a EntityKind value.');
    expect(() => neo4jTypesOf(['STATED_IN' as RelationshipType])).toThrow('"STATED_IN" is not a RelationshipType value.');
  });
});

describe('argument checks', () => {
  it.each([0, 7, 2.5])('maxHops %p is refused with BAD_USER_INPUT', async (maxHops) => {
    const error = await errorOf(() => getValidMaxHops(maxHops));
    expect(error.message).toBe(`Argument "maxHops" must be an integer from 1 to 6; got ${maxHops}.`);
    expect(error.extensions).toEqual({ argument: 'maxHops', code: 'BAD_USER_INPUT' });
  });

  it('maxHops defaults to 4 and first of paths to 3', () => {
    expect(getValidMaxHops(null)).toBe(4);
    expect(getValidPathCount(undefined)).toBe(3);
    expect(getValidPathCount(10)).toBe(10);
  });

  it.each([0, 11])('paths first %p is refused', async (first) => {
    const error = await errorOf(() => getValidPathCount(first));
    expect(error.message).toBe(`Argument "first" must be an integer from 1 to 10; got ${first}.`);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it.each([0, 4, -1])('depth %p is refused', async (depth) => {
    const error = await errorOf(() => getValidDepth(depth));
    expect(error.message).toBe(`Argument "depth" must be an integer from 1 to 3; got ${depth}.`);
    expect(error.extensions).toEqual({ argument: 'depth', code: 'BAD_USER_INPUT' });
  });

  it('an empty relationshipTypes is refused; a missing one means every type', async () => {
    const error = await errorOf(() => getValidRelationshipTypes([]));
    expect(error.message).toBe(
      'Argument "relationshipTypes" must name at least one type, or be left out to follow every type; got [].',
    );
    expect(getValidRelationshipTypes(null)).toEqual(LINK_TYPES);
    expect(getValidRelationshipTypes([RelationshipType.OPERATES])).toEqual(['OPERATES']);
  });
});

describe('findPaths', () => {
  it('runs one query with via and avoid turned into labels and types', async () => {
    const { executor, calls } = fakeExecutor(() => []);
    await findPaths(
      executor,
      {
        from: 'automaker:tesla',
        to: 'market:russia',
        maxHops: 5,
        via: { kinds: [EntityKind.ORGANIZATION], relationshipTypes: null },
        avoid: { kinds: [EntityKind.MARKET, EntityKind.FIGURE], relationshipTypes: [RelationshipType.SELLS_IN] },
      },
      3,
    );
    expect(calls).toEqual([
      {
        cypher: shortestPathsQuery(5, 3),
        params: {
          from: 'automaker:tesla',
          to: 'market:russia',
          avoidLabels: ['Market', 'TradeFigure'],
          avoidTypes: ['SELLS_IN'],
          viaLabels: ['Organization'],
          viaTypes: [],
          // Markets avoided: a country and its market are not joined, so the ends are only themselves.
          fromIds: ['automaker:tesla'],
          toIds: ['market:russia'],
        },
      },
    ]);
  });

  it("joins a country and its own market: a path to the market ends at the country with their INCLUDES step", async () => {
    const includes = { ...step('INCLUDES', 'market:russia', 'country:RU'), sources: ['source:iso'] };
    const { executor, calls } = fakeExecutor((cypher) =>
      cypher === PLACE_TWINS
        ? [{ id: 'country:RU', twin: 'market:russia', step: includes }]
        : [
            {
              length: 1,
              nodeIds: ['automaker:tesla', 'market:russia'],
              steps: [step('SELLS_IN', 'automaker:tesla', 'market:russia')],
            },
            {
              length: 2,
              nodeIds: ['automaker:tesla', 'market:russia', 'country:RU'],
              steps: [step('SELLS_IN', 'automaker:tesla', 'market:russia'), includes],
            },
          ],
    );
    const paths = await findPaths(executor, { from: 'automaker:tesla', to: 'country:RU', maxHops: 1 }, 3);
    expect(calls.map((c) => c.params['toIds'] ?? c.params['ids'])).toEqual([
      ['automaker:tesla', 'country:RU'],
      ['country:RU', 'market:russia'],
    ]);
    // The path found to the twin and the one through it are the same path: it comes once.
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatchObject({ length: 2, nodeIds: ['automaker:tesla', 'market:russia', 'country:RU'] });
    expect(paths[0]!.steps.map((s) => [s.type, s.direction])).toEqual([
      ['SELLS_IN', PathDirection.FORWARD],
      ['INCLUDES', PathDirection.FORWARD],
    ]);
  });

  it('adds the direction of each step: FORWARD when stored along the path', async () => {
    const { executor } = fakeExecutor(() => [
      {
        length: 2,
        nodeIds: ['automaker:tesla', 'factory:tesla-shanghai', 'automaker:x'],
        steps: [step('OPERATES', 'automaker:tesla', 'factory:tesla-shanghai'), step('OPERATES', 'automaker:x', 'factory:tesla-shanghai')],
      },
    ]);
    const [path] = await findPaths(executor, { from: 'automaker:tesla', to: 'automaker:x' }, 1);
    expect(path!.steps.map((s) => s.direction)).toEqual([PathDirection.FORWARD, PathDirection.BACKWARD]);
    expect(path!.steps[1]).toMatchObject({ from: 'automaker:x', to: 'factory:tesla-shanghai', sources: ['source:operates'] });
  });

  it('from an entity to itself: the empty path when it exists, nothing when via asks for a hop', async () => {
    const { executor, calls } = fakeExecutor((cypher) => (cypher === ENTITY_EXISTS ? [{ id: 'country:CN' }] : []));
    expect(await findPaths(executor, { from: 'country:CN', to: 'country:CN' }, 3)).toEqual([
      { length: 0, nodeIds: ['country:CN'], steps: [] },
    ]);
    expect(await findPaths(executor, { from: 'country:CN', to: 'country:CN', via: { kinds: [EntityKind.MARKET] } }, 3)).toEqual([]);
    expect(calls).toEqual([{ cypher: ENTITY_EXISTS, params: { id: 'country:CN' } }]);
  });

  it('checks ids before anything runs', async () => {
    const { executor, calls } = fakeExecutor();
    const error = await errorOf(() => findPaths(executor, { from: 'tesla', to: 'market:russia' }, 1));
    expect(error.message).toMatch(/^Argument "from" must be an id of the form/);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(calls).toEqual([]);
  });
});

describe('withDirections', () => {
  it('keeps length and nodes', () => {
    const row = { length: 1, nodeIds: ['market:russia', 'country:RU'], steps: [step('INCLUDES', 'market:russia', 'country:RU')] };
    expect(withDirections(row)).toEqual({ ...row, steps: [{ ...row.steps[0], direction: 'FORWARD' }] });
  });
});

describe('findNeighborhood', () => {
  it('runs the query of the depth with the types and first as parameters, and gives each edge its id', async () => {
    const { executor, calls } = fakeExecutor(() => [
      {
        centerId: 'automaker:byd',
        nodeIds: ['automaker:byd', 'factory:byd-szeged'],
        edges: [step('OPERATES', 'automaker:byd', 'factory:byd-szeged')],
        truncated: false,
      },
    ]);
    const result = await findNeighborhood(executor, {
      id: 'automaker:byd',
      depth: 2,
      relationshipTypes: [RelationshipType.OPERATES, RelationshipType.LOCATED_IN],
      first: 10,
    });
    expect(calls).toEqual([{ cypher: neighborhoodQuery(2), params: { id: 'automaker:byd', types: ['OPERATES', 'LOCATED_IN'], first: 10 } }]);
    expect(result!.edges[0]!.id).toBe('OPERATES:automaker:byd:factory:byd-szeged');
  });

  it('defaults to depth 1, every type and 50 entities; null when the id names nothing', async () => {
    const { executor, calls } = fakeExecutor(() => []);
    expect(await findNeighborhood(executor, { id: 'automaker:nobody' })).toBeNull();
    expect(calls).toEqual([{ cypher: neighborhoodQuery(1), params: { id: 'automaker:nobody', types: LINK_TYPES, first: 50 } }]);
  });

  it.each([
    [{ id: 'byd' }, /^Argument "id" must be an id of the form/],
    [{ id: 'automaker:byd', first: 201 }, /^Argument "first" must be an integer from 1 to 200; got 201\.$/],
    [{ id: 'automaker:byd', first: 0 }, /^Argument "first" must be an integer from 1 to 200; got 0\.$/],
    [{ id: 'automaker:byd', depth: 4 }, /^Argument "depth" must be an integer from 1 to 3; got 4\.$/],
  ])('refuses %p before running anything', async (args, message) => {
    const { executor, calls } = fakeExecutor();
    const error = await errorOf(() => findNeighborhood(executor, args));
    expect(error.message).toMatch(message);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(calls).toEqual([]);
  });
});
