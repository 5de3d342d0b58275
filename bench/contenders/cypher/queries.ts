/**
 * Contender (d), the limit: one hand-written Cypher statement per workload (bench/workloads.ts) that
 * returns, in one row and one column `data`, exactly the JSON Autograph's `data` holds for it.
 *
 * Every statement is a constant: the request's values reach Neo4j only as $parameters (`paramsFor`
 * builds them from the workload's variables and the literals of its GraphQL document). The one thing
 * Cypher cannot take as a parameter, the hop bound of W4's shortest-path search, picks one of six
 * fixed statements by a validated integer, as Autograph does (src/graph/graph.repository.ts).
 *
 * Dates become 'YYYY-MM-DD' in Cypher (Autograph's Date scalar), integers arrive as JavaScript numbers
 * (the driver runs with disableLosslessIntegers), so the row's value can be written out as it comes.
 */

import { SEARCH_ORDER } from '../../../src/graph/graph.repository';
import { SEARCH_INDEX } from '../../../src/neo4j/schema';
import type { WorkloadId } from '../../workloads';

/** A GraphQL __typename from an id's kind prefix ("automaker:byd" → "Automaker"), as Autograph's Node interface resolves it. */
const TYPENAME_BY_KIND: Readonly<Record<string, string>> = {
  country: 'Country',
  automaker: 'Automaker',
  factory: 'Factory',
  market: 'Market',
  org: 'Organization',
  source: 'Source',
  figure: 'TradeFigure',
  measure: 'TradeMeasure',
  claim: 'FactoryClaim',
};

/** Cypher for the __typename of the node bound to `x`, chosen from the fixed map above. */
function typename(x: string): string {
  const cases = Object.entries(TYPENAME_BY_KIND)
    .map(([kind, name]) => `WHEN '${kind}' THEN '${name}'`)
    .join(' ');
  return `CASE split(${x}.id, ':')[0] ${cases} END`;
}

/** A calendar day as Autograph's Date scalar writes it: the first ten characters of the stored value. */
const day = (expression: string): string => `left(toString(${expression}), 10)`;

/** Relationship types a path may follow: every link between entities, never the evidence edge STATED_IN. */
export const PATH_TYPES = [
  'HEADQUARTERED_IN',
  'BRAND_OF',
  'OPERATES',
  'OPERATED',
  'LOCATED_IN',
  'SELLS_IN',
  'EXPORTS_TO',
  'TARGETS',
  'INCLUDES',
  'BASED_IN',
  'EXPORTER',
  'DESTINATION',
  'REPORTED_BY',
  'IMPOSED_BY',
  'APPLIES_TO',
  'AFFECTS',
  'EXEMPTS',
  'OWNS_STAKE_IN',
  'OWNS',
  'JOINT_VENTURE_WITH',
  'CONTRACT_MANUFACTURES_FOR',
  'PUBLISHES_STATISTICS_FOR',
  'CLAIM_ABOUT',
] as const;

export const MIN_HOPS = 1;
export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;

/** W1: an automaker by id. */
const W1 = `
OPTIONAL MATCH (a:Automaker {id: $id})
RETURN {automaker: a{.id, .name}} AS data`;

/**
 * W2: the first page of automakers by id (the default order), one more read to tell whether a page
 * follows; each with its headquarters and its first factories by name, each factory with its country.
 * The range scan of the id constraint's index yields automakers in id order, so LIMIT stops it early;
 * the nested lists are CALL subqueries (planned as Apply), not expressions.
 */
const W2 = `
MATCH (a:Automaker) WHERE a.id IS NOT NULL
WITH a ORDER BY a.id LIMIT $first + 1
WITH collect(a) AS page
CALL (page) {
  UNWIND page[..$first] AS a
  CALL (a) {
    MATCH (a)-[:OPERATES]->(f:Factory)
    WITH f ORDER BY f.name, f.id LIMIT $factoriesFirst
    WITH f{.id, .name, country: head([(f)-[:LOCATED_IN]->(fc:Country) | fc{.id, .code}])} AS factory
    RETURN collect(factory) AS factories
  }
  WITH a{.id, .name, country: head([(a)-[:HEADQUARTERED_IN]->(c:Country) | c{.id, .name}]), factories: factories} AS node
  RETURN collect({node: node}) AS edges
}
RETURN {automakers: {pageInfo: {hasNextPage: size(page) > $first}, edges: edges}} AS data`;

/**
 * W3: a country, its first automakers by name, and for each its first market links (by market name,
 * market id, link type) and its first export figures (by period, metric, id), with destinations.
 */
const W3 = `
OPTIONAL MATCH (c:Country {id: $id})
RETURN {country: c{.id, .name,
  automakers: COLLECT {
    MATCH (c)<-[:HEADQUARTERED_IN]-(a:Automaker)
    WITH a ORDER BY a.name, a.id LIMIT $automakersFirst
    RETURN a{.id, .name,
      markets: COLLECT {
        MATCH (a)-[r:SELLS_IN|EXPORTS_TO|TARGETS]->(m:Market)
        WITH r, m ORDER BY m.name, m.id, type(r) LIMIT $marketsFirst
        RETURN {kind: type(r), since: ${day('r.since')}, market: m{.id, .name}}
      },
      exports: COLLECT {
        MATCH (a)<-[:EXPORTER]-(f:TradeFigure)
        WITH f ORDER BY f.periodStart, f.periodEnd, f.metric, f.id LIMIT $exportsFirst
        RETURN {id: f.id, value: f.value, basis: f.basis, periodStart: ${day('f.periodStart')}, periodEnd: ${day('f.periodEnd')},
          destination: head([(f)-[:DESTINATION]->(m:Market) | m{.id, .name}])}
      }
    }
  }
}} AS data`;

/**
 * W4: one shortest path of at most `hops` relationships between two entities, either direction, over
 * the link types only, never through a source, no entity twice (SHORTEST matches trails, so the last
 * test keeps the path simple). From an entity to itself the path is the empty one.
 */
function w4(hops: number): string {
  return `
OPTIONAL CALL () {
  MATCH (a:Entity {id: $from})
  WHERE $from = $to
  RETURN {length: 0, nodes: [{__typename: ${typename('a')}, id: a.id}], steps: []} AS path
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  WHERE a <> b
  MATCH SHORTEST 1 (p = (a) (()-[r:${PATH_TYPES.join('|')}]-(n) WHERE NOT n:Source){1,${hops}} (b)
    WHERE all(i IN range(1, size(r)) WHERE NOT nodes(p)[i] IN nodes(p)[..i]))
  RETURN {length: size(r),
    nodes: [x IN nodes(p) | {__typename: ${typename('x')}, id: x.id}],
    steps: [x IN r | {type: type(x), from: startNode(x).id, to: endNode(x).id,
      sources: [sid IN reduce(seen = [], s IN coalesce(x.sources, []) | CASE WHEN s IN seen THEN seen ELSE seen + s END)
                WHERE EXISTS { (:Source {id: sid}) } | {id: sid}]}]} AS path
}
RETURN {path: path} AS data`;
}

/**
 * W5: full-text search over names (the same index, Lucene query and ranking as Autograph: SEARCH_ORDER),
 * then by id; name only for the types the document asks it of.
 */
const W5 = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: 500}) YIELD node, score
WITH node, score ORDER BY ${SEARCH_ORDER}
LIMIT $first
WITH node, ${typename('node')} AS type
RETURN {search: collect(CASE WHEN type IN ['Automaker', 'Country', 'Factory']
  THEN {__typename: type, id: node.id, name: node.name}
  ELSE {__typename: type, id: node.id} END)} AS data`;

/**
 * W6: countries ranked by their preferred worldwide whole-year figure of one metric, vehicle class and
 * counting method (targets and doubtful figures left out). Preferred (figure.preference.ts): best basis
 * (OFFICIAL, ESTIMATE, FORECAST), then a named producer, then the later publication (unknown last),
 * then the smaller id. Ranked by value, largest first, ties by exporter id.
 */
const W6 = `
MATCH (f:TradeFigure)-[:EXPORTER]->(x:Country)
WHERE f.periodStart = date({year: $year, month: 1, day: 1})
  AND f.periodEnd = date({year: $year, month: 12, day: 31})
  AND f.metric = $metric
  AND f.vehicleClass = $vehicleClass
  AND f.countedBy = $countedBy
  AND f.basis IN ['OFFICIAL', 'ESTIMATE', 'FORECAST']
  AND NOT coalesce(f.doubtful, false)
  AND NOT EXISTS { (f)-[:DESTINATION]->() }
WITH x, f, head([(f)-[:STATED_IN]->(s:Source) | s.published]) AS published
ORDER BY CASE f.basis WHEN 'OFFICIAL' THEN 0 WHEN 'ESTIMATE' THEN 1 ELSE 2 END,
  EXISTS { (f)-[:REPORTED_BY]->(:Organization) } DESC,
  published IS NULL, published DESC, f.id
WITH x, head(collect(f)) AS f
ORDER BY f.value DESC, x.id
WITH collect({
  exporter: x{__typename: 'Country', .id, .name},
  figure: f{.id, .value, .basis, .countedBy,
    reportedBy: head([(f)-[:REPORTED_BY]->(o:Organization) | o{.id, .name}]),
    source: head([(f)-[:STATED_IN]->(s:Source) | s{.id, .publisher}])}
}) AS ranked
RETURN {exporterRanking: [i IN range(0, size(ranked) - 1) |
  {rank: i + 1, exporter: ranked[i].exporter, figure: ranked[i].figure}]} AS data`;

/** W4's statement for each allowed hop bound, built from integers only. */
const W4_BY_HOPS: ReadonlyMap<number, string> = new Map(
  Array.from({ length: MAX_HOPS - MIN_HOPS + 1 }, (_, i) => [MIN_HOPS + i, w4(MIN_HOPS + i)] as const),
);

/** Every statement, for tests and EXPLAIN. */
export const STATEMENTS: Readonly<Record<string, string>> = {
  W1,
  W2,
  W3,
  ...Object.fromEntries([...W4_BY_HOPS].map(([hops, cypher]) => [`W4/${hops}`, cypher])),
  W5,
  W6,
};

/** A statement and its parameters, ready for the driver; `cypher` null when nothing needs reading. */
export interface Prepared {
  cypher: string | null;
  params: Record<string, unknown>;
  /** The `data` to answer when `cypher` is null. */
  empty?: unknown;
}

/** A request's values that are not what the workload expects. */
export class BadVariables extends Error {}

const string = (variables: Record<string, unknown>, name: string): string => {
  const value = variables[name];
  if (typeof value !== 'string') throw new BadVariables(`Variable "${name}" must be a string; got ${JSON.stringify(value)}.`);
  return value;
};

const integer = (variables: Record<string, unknown>, name: string, min: number, max: number, fallback?: number): number => {
  const value = variables[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new BadVariables(`Variable "${name}" must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}.`);
  }
  return value;
};

// Lucene's English stop words: the index drops them, so a query term made of one matches nothing.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);
const MAX_SEARCH_TEXT = 200;
const MAX_TERMS = 8;

/**
 * The Lucene query for search text, reduced to words as Autograph does (src/graph/search.ts): letters
 * and digits only, lower case, accents stripped, stop words dropped (a lone one kept as a prefix),
 * each word whole (boosted) or as a prefix. Null when no word is left.
 */
export function luceneQuery(text: string): string | null {
  if (text.length > MAX_SEARCH_TEXT) throw new BadVariables(`Variable "text" must have at most ${MAX_SEARCH_TEXT} characters; got ${text.length}.`);
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const kept = words.filter((w) => !STOP_WORDS.has(w)).slice(0, MAX_TERMS);
  if (kept.length === 0) return words.length === 0 ? null : `${words[0]}*`;
  return kept.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}

/**
 * The statement of a workload and its parameters: the request's variables, and the literals of the
 * workload's GraphQL document (W2's factories(first: 50), W3's 20/20/10, W6's argument defaults).
 * Throws BadVariables when a variable is missing or out of range.
 */
export function prepare(workload: WorkloadId, variables: Record<string, unknown>): Prepared {
  switch (workload) {
    case 'W1':
      return { cypher: W1, params: { id: string(variables, 'id') } };
    case 'W2':
      return { cypher: W2, params: { first: integer(variables, 'first', 1, 100), factoriesFirst: 50 } };
    case 'W3':
      return { cypher: W3, params: { id: string(variables, 'id'), automakersFirst: 20, marketsFirst: 20, exportsFirst: 10 } };
    case 'W4': {
      const hops = integer(variables, 'maxHops', MIN_HOPS, MAX_HOPS, DEFAULT_HOPS);
      return { cypher: W4_BY_HOPS.get(hops)!, params: { from: string(variables, 'from'), to: string(variables, 'to') } };
    }
    case 'W5': {
      const first = integer(variables, 'first', 1, 100, 10);
      const query = luceneQuery(string(variables, 'text'));
      if (query === null) return { cypher: null, params: {}, empty: { search: [] } };
      return { cypher: W5, params: { query, exact: string(variables, 'text').trim().toLowerCase(), first } };
    }
    case 'W6':
      return {
        cypher: W6,
        params: { year: integer(variables, 'year', 1900, 2100), metric: 'UNITS', vehicleClass: 'ALL_VEHICLES', countedBy: 'MANUFACTURERS' },
      };
  }
}
